using System.CommandLine;
using Learnware.Models;
using Learnware.Packaging;
using Learnware.Tables;

namespace Learnware.Cli.Commands;

/// <summary><c>learnware predict</c>: run a package's model on a CSV file.</summary>
internal static class PredictCommand
{
    public static Command Create(CliConsole console)
    {
        var package = new Argument<FileInfo>("LW.zip") { Description = "the learnware package" };
        var data = new Option<FileInfo>("--data") { Description = "CSV with a header row, one sample per row", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "where to write the predictions (CSV)", Required = true };
        var columns = new Option<string?>("--columns") { Description = "comma-separated feature columns, in the model's order (default: all)" };
        var command = new Command("predict", "Predict a CSV file with a learnware.") { package, data, output, columns };
        command.SetAction(parse => CliApp.Guard(console, () =>
        {
            var zip = parse.GetRequiredValue(package).FullName;
            var lw = new LearnwarePackageReader().Read(zip);
            var selected = parse.GetValue(columns)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var table = CsvTable.Read(parse.GetRequiredValue(data).FullName, selected);
            using var predictor = LearnwarePredictor.Open(lw);
            if (table.Columns != predictor.InputDimension)
                throw new UsageException($"the model takes {predictor.InputDimension} features but the data has {table.Columns} columns" +
                    (selected is null ? " (choose them with --columns)" : ""));
            var prediction = console.Status($"Predicting {table.Rows} rows", () => predictor.Predict(table.Values));
            var target = parse.GetRequiredValue(output).FullName;
            PredictionCsv.Write(target, prediction);
            console.Out.WriteLine($"wrote {prediction.Rows} predictions to {target}");
            return CliExitCode.Ok;
        }));
        return command;
    }
}
