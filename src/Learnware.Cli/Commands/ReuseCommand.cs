using Learnware.Images;
using System.CommandLine;
using Learnware.Numerics;
using Learnware.Packaging;
using Learnware.Reuse;
using Learnware.Tables;
using Learnware.Text;

namespace Learnware.Cli.Commands;

/// <summary><c>learnware reuse</c>: predictions from several learnwares combined, on the user's own machine.</summary>
internal static class ReuseCommand
{
    private static readonly string[] Methods = ["average", "job-selector", "ensemble-pruning", "feature-augment"];

    public static Command Create(CliConsole console)
    {
        var packages = new Argument<FileInfo[]>("LW.zip") { Description = "learnware packages (or use --root and --ids)", Arity = ArgumentArity.ZeroOrMore };
        var method = new Option<string>("--method") { Description = "how to combine the learnwares", Required = true };
        method.AcceptOnlyFromAmong(Methods);
        var mode = new Option<string?>("--mode") { Description = "averaging: mean, vote_by_label or vote_by_prob (default: mean for regression, vote_by_prob for classification)" };
        mode.AcceptOnlyFromAmong("mean", "vote_by_label", "vote_by_prob");
        var root = new Option<DirectoryInfo?>("--root") { Description = "a market folder to take the learnwares from (with --ids)" };
        var ids = new Option<string?>("--ids") { Description = "comma-separated learnware ids in the market" };
        var data = new Option<FileInfo>("--data") { Description = "CSV of the rows to predict (header row; the model's features), images (a folder of PNG/JPEG files or an IDX file), or for text learnwares texts (one per line, or a \"text\" CSV column)", Required = true };
        var labeled = new Option<FileInfo?>("--labeled") { Description = "labelled rows for ensemble-pruning and feature-augment, of the same kind as --data: a CSV (the same feature columns plus the label), images (a folder of PNG/JPEG files or an IDX file) or texts (one per line, or a \"text\" CSV column)" };
        var labelColumn = new Option<string?>("--label-column") { Description = "the label column of a CSV --labeled file" };
        var labels = new Option<FileInfo?>("--labels") { Description = "the labels of --labeled images or texts, in their order: an IDX label file or one number per line" };
        var output = new Option<FileInfo>("--out") { Description = "where to write the predictions (CSV)", Required = true };
        var command = new Command("reuse", "Combine learnwares to predict your data: averaging, job selector, ensemble pruning or feature augmentation.")
        {
            packages, method, mode, root, ids, data, labeled, labelColumn, labels, output,
        };
        command.SetAction((parse, token) => CliApp.GuardAsync(console, async () =>
        {
            var chosen = parse.GetRequiredValue(method);
            var dataPath = parse.GetRequiredValue(data).FullName;
            using var learnwares = new LearnwareCollection(await OpenAsync(parse, packages, root, ids, token));
            bool needsLabels = chosen is "ensemble-pruning" or "feature-augment";
            var labelled = needsLabels ? new LabelledSource(parse.GetValue(labeled), parse.GetValue(labelColumn), parse.GetValue(labels), chosen) : null;
            var (rows, training) = ReadRows(dataPath, learnwares.Items, labelled);
            IReuser reuser = chosen switch
            {
                "average" => new AveragingReuser(learnwares.Items, Mode(parse.GetValue(mode))),
                "job-selector" => new JobSelectorReuser(learnwares.Items).Fit(rows),
                "ensemble-pruning" => new EnsemblePruningReuser(learnwares.Items).Fit(training!.Value.X, training.Value.Y),
                _ => new FeatureAugmentReuser(learnwares.Items).Fit(training!.Value.X, training.Value.Y),
            };
            var prediction = console.Status($"Predicting {rows.Rows} rows with {learnwares.Items.Count} learnwares",
                () => reuser.Predict(rows));
            var target = parse.GetRequiredValue(output).FullName;
            PredictionCsv.Write(target, prediction);
            console.Out.WriteLine($"wrote {prediction.Rows} predictions to {target} ({chosen}, {learnwares.Items.Count} learnwares: {string.Join(", ", learnwares.Items.Select(l => l.Id))})");
            return CliExitCode.Ok;
        }));
        return command;
    }

    /// <summary>
    /// The rows to predict and, when <paramref name="labelled"/> is given, the labelled rows to fit on, of one kind:
    /// images (the data is a folder or an IDX file; read for the first learnware's input shape), texts (the
    /// learnwares' specifications hold sentence embeddings; both files are embedded in one pass), or CSV tables.
    /// </summary>
    private static (DenseMatrix Rows, (DenseMatrix X, double[] Y)? Labelled) ReadRows(string path, IReadOnlyList<ReusableLearnware> learnwares,
        LabelledSource? labelled)
    {
        if (ImageSource.IsImageSource(path))
        {
            var shape = learnwares[0].InputShape
                ?? throw new UsageException($"learnware '{learnwares[0].Id}' does not say what input shape it takes");
            var rows = InputRows.Read(path, shape);
            if (labelled is null)
                return (rows, null);
            var file = labelled.File("images");
            if (!ImageSource.IsImageSource(file))
                throw new UsageException($"{file}: the data are images, so the labelled rows must be images too (a folder of PNG/JPEG files or an IDX file)");
            var x = InputRows.Read(file, shape);
            return (rows, (x, labelled.Labels(x.Rows, "images")));
        }
        var encoder = TextLearnwares.Encoder(learnwares);
        if (encoder is not null)
        {
            var texts = ReadTexts(path);
            var labelledTexts = labelled is null ? [] : ReadTexts(labelled.File("texts"));
            var embeddings = TextInputs.Embed(encoder, [.. texts, .. labelledTexts]);
            var rows = TakeRows(embeddings, 0, texts.Count);
            return labelled is null
                ? (rows, null)
                : (rows, (TakeRows(embeddings, texts.Count, labelledTexts.Count), labelled.Labels(labelledTexts.Count, "texts")));
        }
        var table = CsvTable.Read(path);
        if (labelled is null)
            return (table.Values, null);
        return (table.Values, labelled.Table(table.ColumnNames));
    }

    private static IReadOnlyList<string> ReadTexts(string path)
    {
        var texts = TextCorpus.Read(path, keepBlank: true);
        return texts.Count > 0 ? texts : throw new UsageException($"{path}: there are no texts in the file");
    }

    private static DenseMatrix TakeRows(DenseMatrix matrix, int first, int count) =>
        new(matrix.Data[(first * matrix.Columns)..((first + count) * matrix.Columns)], count, matrix.Columns);

    private static AveragingMode? Mode(string? mode) => mode switch
    {
        "mean" => AveragingMode.Mean,
        "vote_by_label" => AveragingMode.VoteByLabel,
        "vote_by_prob" => AveragingMode.VoteByProbability,
        _ => null,
    };

    private static async Task<List<ReusableLearnware>> OpenAsync(ParseResult parse, Argument<FileInfo[]> packages,
        Option<DirectoryInfo?> root, Option<string?> ids, CancellationToken token)
    {
        var files = parse.GetValue(packages) ?? [];
        var idList = parse.GetValue(ids)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        if (files.Length > 0 == idList.Length > 0)
            throw new UsageException("name the learnwares either as package files or as --ids in a market (--root), not both or neither");
        var opened = new List<ReusableLearnware>();
        try
        {
            foreach (var file in files)
                opened.Add(ReusableLearnware.Open(file.Exists ? file.FullName : throw new UsageException($"{file.FullName}: no such file"),
                    Path.GetFileNameWithoutExtension(file.Name)));
            if (idList.Length > 0)
            {
                var folder = parse.GetValue(root)?.FullName ?? MarketOptions.DefaultRoot;
                using var market = await Learnware.Market.LearnwareMarket.OpenAsync(MarketOptions.StoreOptions(folder), cancellationToken: token);
                foreach (var id in idList)
                {
                    var found = await market.GetPackageAsync(id, null, token)
                        ?? throw new UsageException($"there is no learnware '{id}' in the market at {folder}");
                    using var stream = new MemoryStream(found.Package, writable: false);
                    opened.Add(ReusableLearnware.FromPackage(new LearnwarePackageReader().Read(stream), id));
                }
            }
            return opened;
        }
        catch
        {
            foreach (var l in opened) l.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Where labelled rows come from: the --labeled file, and its labels from --label-column (a CSV file) or --labels
    /// (an IDX label file or one number per line, in the labelled file's order).
    /// </summary>
    private sealed class LabelledSource(FileInfo? file, string? column, FileInfo? labels, string method)
    {
        public string File(string what) => file?.FullName ?? throw new UsageException($"--method {method} needs labelled {what}: " + what switch
        {
            "images" => "--labeled IMAGES (a folder or an IDX file) --labels LABELS (an IDX label file or one number per line)",
            "texts" => "--labeled TEXTS.txt --labels LABELS (one number per line), or --labeled TEXTS.csv --label-column NAME",
            _ => "--labeled TRAIN.csv --label-column NAME",
        });

        /// <summary>
        /// The labelled CSV rows: their <paramref name="features"/> (the data file's column names, so that their order
        /// always agrees) and their labels. With a label column, the file is read once for both.
        /// </summary>
        public (DenseMatrix X, double[] Y) Table(IReadOnlyList<string> features)
        {
            var path = File("rows");
            if (labels is not null || column is null)
            {
                var x = CsvTable.Read(path, features).Values;
                return (x, Labels(x.Rows, "rows"));
            }
            var read = CsvTable.Read(path, [.. features, column]).Values;
            int width = features.Count;
            var data = new double[read.Rows * width];
            var y = new double[read.Rows];
            for (int r = 0; r < read.Rows; r++)
            {
                read.Row(r)[..width].CopyTo(data.AsSpan(r * width, width));
                y[r] = read.Row(r)[width];
            }
            return (new DenseMatrix(data, read.Rows, width), y);
        }

        public double[] Labels(int count, string what)
        {
            var path = File(what);
            double[] values;
            if (labels is not null)
                values = LabelFile.Read(labels.FullName);
            else if (column is not null && path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
                values = CsvTable.Read(path, [column]).Values.Data;
            else
                throw new UsageException(column is null
                    ? "--labeled needs its labels: --label-column NAME for a CSV file, or --labels FILE"
                    : $"--label-column names a CSV column, but {path} is not a CSV file; give --labels FILE");
            if (values.Length != count)
                throw new UsageException($"{path} holds {count} labelled {what} but {(labels?.FullName ?? $"its column \"{column}\"")} has {values.Length} labels; they must match one to one");
            return values;
        }
    }

    /// <summary>Disposes the opened learnwares (their ONNX sessions) when the command ends.</summary>
    private sealed class LearnwareCollection(List<ReusableLearnware> items) : IDisposable
    {
        public IReadOnlyList<ReusableLearnware> Items => items;

        public void Dispose()
        {
            foreach (var item in items) item.Dispose();
        }
    }
}
