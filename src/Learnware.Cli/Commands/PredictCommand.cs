using System.CommandLine;
using Learnware.Models;
using Learnware.Packaging;
using Learnware.Text;

namespace Learnware.Cli.Commands;

/// <summary><c>learnware predict</c>: run a package's model on a CSV file.</summary>
internal static class PredictCommand
{
    public static Command Create(CliConsole console)
    {
        var package = new Argument<FileInfo>("LW.zip") { Description = "the learnware package" };
        var data = new Option<FileInfo>("--data") { Description = "CSV with a header row, one sample per row; or images: a folder of PNG/JPEG files or an IDX file (gzip or not)", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "where to write the predictions (CSV)", Required = true };
        var columns = new Option<string?>("--columns") { Description = "comma-separated feature columns, in the model's order (default: all)" };
        var column = new Option<string?>("--column") { Description = $"for a text learnware: the CSV column of texts (default \"{TextCorpus.DefaultColumn}\")" };
        var limit = new Option<int?>("--limit") { Description = "predict only the first N rows or images" };
        var command = new Command("predict", "Predict a CSV file, images or (for a text learnware) a file of texts with a learnware.")
        {
            package, data, output, columns, column, limit,
        };
        command.SetAction(parse => CliApp.Guard(console, () =>
        {
            var zip = parse.GetRequiredValue(package).FullName;
            var lw = new LearnwarePackageReader().Read(zip);
            var selected = parse.GetValue(columns)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parse.GetValue(limit) is < 1)
                throw new UsageException("--limit must be at least 1");
            using var predictor = LearnwarePredictor.Open(lw);
            if (lw.Manifest.Model.Input.Encoder is { } encoder)
                return PredictTexts(console, predictor, encoder, parse.GetRequiredValue(data).FullName, parse.GetValue(column),
                    parse.GetRequiredValue(output).FullName);
            var rows = InputRows.Read(parse.GetRequiredValue(data).FullName, lw.Manifest.Model.Input.Shape, selected, parse.GetValue(limit));
            if (rows.Columns != predictor.InputDimension)
                throw new UsageException($"the model takes {predictor.InputDimension} features but the data has {rows.Columns} columns" +
                    (selected is null ? " (choose them with --columns)" : ""));
            var prediction = console.Status($"Predicting {rows.Rows} rows", () => predictor.Predict(rows));
            var target = parse.GetRequiredValue(output).FullName;
            PredictionCsv.Write(target, prediction);
            console.Out.WriteLine($"wrote {prediction.Rows} predictions to {target}");
            return CliExitCode.Ok;
        }));
        return command;
    }

    /// <summary>Embeds the texts (one per line, blank lines included, so that output row i answers input line i) and predicts them.</summary>
    private static int PredictTexts(CliConsole console, LearnwarePredictor predictor, string encoderName, string dataPath,
        string? column, string target)
    {
        var texts = TextCorpus.Read(dataPath, column, keepBlank: true);
        if (texts.Count == 0)
            throw new UsageException($"{dataPath}: there are no texts in the file");
        var inputs = console.Status($"Embedding {texts.Count} texts", () => TextInputs.Embed(encoderName, texts));
        var prediction = console.Status($"Predicting {texts.Count} texts", () => predictor.Predict(inputs));
        PredictionCsv.Write(target, prediction);
        console.Out.WriteLine($"wrote {prediction.Rows} predictions to {target}");
        return CliExitCode.Ok;
    }
}
