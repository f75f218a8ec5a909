using System.CommandLine;
using Learnware.Models;
using Learnware.Packaging;

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
        var limit = new Option<int?>("--limit") { Description = "predict only the first N rows or images" };
        var command = new Command("predict", "Predict a CSV file or images with a learnware.") { package, data, output, columns, limit };
        command.SetAction(parse => CliApp.Guard(console, () =>
        {
            var zip = parse.GetRequiredValue(package).FullName;
            var lw = new LearnwarePackageReader().Read(zip);
            var selected = parse.GetValue(columns)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parse.GetValue(limit) is < 1)
                throw new UsageException("--limit must be at least 1");
            var rows = InputRows.Read(parse.GetRequiredValue(data).FullName, lw.Manifest.Model.Input.Shape, selected, parse.GetValue(limit));
            using var predictor = LearnwarePredictor.Open(lw);
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
}
