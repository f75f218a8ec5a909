using Learnware.Images;
using System.CommandLine;
using Learnware.Numerics;
using Learnware.Packaging;
using Learnware.Reuse;
using Learnware.Specifications;
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
        var data = new Option<FileInfo>("--data") { Description = "CSV of the rows to predict (header row; the model's features), or images: a folder of PNG/JPEG files or an IDX file", Required = true };
        var labeled = new Option<FileInfo?>("--labeled") { Description = "CSV of labelled rows (same feature columns plus the label), for ensemble-pruning and feature-augment" };
        var labelColumn = new Option<string?>("--label-column") { Description = "the label column of --labeled" };
        var output = new Option<FileInfo>("--out") { Description = "where to write the predictions (CSV)", Required = true };
        var command = new Command("reuse", "Combine learnwares to predict your data: averaging, job selector, ensemble pruning or feature augmentation.")
        {
            packages, method, mode, root, ids, data, labeled, labelColumn, output,
        };
        command.SetAction((parse, token) => CliApp.GuardAsync(console, async () =>
        {
            var chosen = parse.GetRequiredValue(method);
            var dataPath = parse.GetRequiredValue(data).FullName;
            using var learnwares = new LearnwareCollection(await OpenAsync(parse, packages, root, ids, token));
            // Images (a folder or an IDX file) are read for the first learnware's input; texts are embedded for text
            // learnwares; other data is a CSV table.
            bool images = ImageSource.IsImageSource(dataPath);
            var table = images ? null : ReadData(dataPath, learnwares.Items, chosen);
            var rows = table?.Values ?? InputRows.Read(dataPath, learnwares.Items[0].InputShape
                ?? throw new UsageException($"learnware '{learnwares.Items[0].Id}' does not say what input shape it takes"));
            IReuser FitLabelled(Func<DenseMatrix, double[], IReuser> fit)
            {
                if (table is null)
                    throw new UsageException($"--method {chosen} needs labelled CSV rows; with images use average or job-selector");
                var (x, y) = Labelled(parse, labeled, labelColumn, table, chosen);
                return fit(x, y);
            }
            IReuser reuser = chosen switch
            {
                "average" => new AveragingReuser(learnwares.Items, Mode(parse.GetValue(mode))),
                "job-selector" => new JobSelectorReuser(learnwares.Items).Fit(rows),
                "ensemble-pruning" => FitLabelled((x, y) => new EnsemblePruningReuser(learnwares.Items).Fit(x, y)),
                _ => FitLabelled((x, y) => new FeatureAugmentReuser(learnwares.Items).Fit(x, y)),
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
    /// The rows to predict: a CSV table, or for text learnwares (their specifications hold sentence embeddings) the
    /// embeddings of a file of texts, one per line or a "text" CSV column.
    /// </summary>
    private static NumericTable ReadData(string path, IReadOnlyList<ReusableLearnware> learnwares, string method)
    {
        var encoders = learnwares.Select(l => l.Specification).OfType<RkmeTextSpecification>().Select(s => s.Encoder).Distinct().ToArray();
        if (encoders.Length == 0)
            return CsvTable.Read(path);
        if (encoders.Length > 1 || learnwares.Any(l => l.Specification is not RkmeTextSpecification))
            throw new UsageException("text learnwares can only be reused together with text learnwares of the same sentence encoder");
        if (method is not ("average" or "job-selector"))
            throw new UsageException($"--method {method} needs labelled rows, which text learnwares take only through the library; use average or job-selector");
        var texts = TextCorpus.Read(path, keepBlank: true);
        if (texts.Count == 0)
            throw new UsageException($"{path}: there are no texts in the file");
        var embeddings = TextInputs.Embed(encoders[0], texts);
        return new NumericTable([.. Enumerable.Range(0, embeddings.Columns).Select(i => $"e{i}")], embeddings);
    }

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

    private static (DenseMatrix X, double[] Y) Labelled(ParseResult parse, Option<FileInfo?> labeled, Option<string?> labelColumn,
        NumericTable data, string method)
    {
        var file = parse.GetValue(labeled) ?? throw new UsageException($"--method {method} needs labelled rows: --labeled TRAIN.csv --label-column NAME");
        var label = parse.GetValue(labelColumn) ?? throw new UsageException("--labeled needs --label-column NAME");
        // The labelled file's features are taken by the data file's column names, so their order always agrees.
        var features = CsvTable.Read(file.FullName, data.ColumnNames);
        var y = CsvTable.Read(file.FullName, [label]).Values.Data;
        return (features.Values, y);
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
