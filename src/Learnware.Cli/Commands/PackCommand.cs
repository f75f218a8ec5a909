using System.CommandLine;
using Learnware.Models;
using Learnware.Packaging;
using Learnware.Specifications;
using Learnware.Specifications.Semantic;

namespace Learnware.Cli.Commands;

/// <summary><c>learnware pack</c>: an ONNX model and its specifications into a learnware package.</summary>
internal static class PackCommand
{
    private const string ModelEntry = "model.onnx", StatEntry = "stat.json", SemanticEntry = "semantic.json", ReadmeEntry = "README.md";

    public static Command Create(CliConsole console)
    {
        var model = new Option<FileInfo>("--model") { Description = "the ONNX model", Required = true };
        var stat = new Option<FileInfo>("--stat") { Description = "the RKME specification JSON (learnware spec table)", Required = true };
        var semantic = new Option<FileInfo>("--semantic") { Description = "the semantic specification JSON", Required = true };
        var readme = new Option<FileInfo?>("--readme") { Description = "an optional README.md" };
        var output = new Option<FileInfo>("--out") { Description = "the package to write (.zip)", Required = true };
        var input = new Option<string?>("--input") { Description = "ONNX input to feed (default: the only float input)" };
        var outputName = new Option<string?>("--output") { Description = "ONNX output to read (default: inferred from the task)" };
        var meaning = new Option<string?>("--meaning") { Description = "how to read the output: probabilities, scores, labels or values" };
        meaning.AcceptOnlyFromAmong("probabilities", "scores", "labels", "values");
        var classes = new Option<string?>("--classes") { Description = "comma-separated class index of each output column (default 0..C-1)" };
        var command = new Command("pack", "Pack an ONNX model with its specifications into a learnware package.")
        {
            model, stat, semantic, readme, output, input, outputName, meaning, classes,
        };
        command.SetAction(parse => CliApp.Guard(console, () =>
        {
            var semanticFile = parse.GetRequiredValue(semantic).FullName;
            var semanticJson = ReadText(semanticFile);
            var violations = SemanticValidator.ValidateJson(semanticJson);
            if (violations.Count > 0)
            {
                console.Error.WriteLine($"error: {semanticFile} is not a valid semantic specification:");
                foreach (var v in violations)
                    console.Error.WriteLine($"  {v}");
                return CliExitCode.CheckFailed;
            }
            var statFile = parse.GetRequiredValue(stat).FullName;
            var statBytes = ReadBytes(statFile);
            IStatSpecification statSpec;
            try
            {
                statSpec = StatSpecificationJson.Parse(statBytes);
            }
            catch (SpecificationException e)
            {
                throw new UsageException($"{statFile}: {e.Message}");
            }
            var modelFile = parse.GetRequiredValue(model).FullName;
            var modelBytes = ReadBytes(modelFile);
            var readmeFile = parse.GetValue(readme)?.FullName;
            var overrides = new ManifestOverrides
            {
                InputName = parse.GetValue(input),
                OutputName = parse.GetValue(outputName),
                Meaning = parse.GetValue(meaning) is { } m ? Enum.Parse<OutputMeaning>(m, ignoreCase: true) : null,
                Classes = ParseClasses(parse.GetValue(classes)),
            };
            LearnwareManifest manifest;
            using (var onnx = OnnxModel.Load(modelBytes, Path.GetFileName(modelFile)))
                manifest = ManifestInference.Infer(onnx, SemanticJson.Parse(semanticJson), ModelEntry, StatEntry,
                    SemanticEntry, readmeFile is null ? null : ReadmeEntry, overrides, statSpec.TypeName,
                    (statSpec as RkmeTextSpecification)?.Encoder);
            var files = new Dictionary<string, byte[]>
            {
                [ModelEntry] = modelBytes,
                [StatEntry] = statBytes,
                [SemanticEntry] = System.Text.Encoding.UTF8.GetBytes(semanticJson),
            };
            if (readmeFile is not null)
                files[ReadmeEntry] = ReadBytes(readmeFile);
            var target = parse.GetRequiredValue(output).FullName;
            new LearnwarePackageWriter().Write(new LearnwarePackage(manifest, files), target);
            var o = manifest.Model.Output;
            console.Out.WriteLine($"wrote {target}");
            console.Out.WriteLine($"  model   {manifest.Model.Kind.ToString().ToLowerInvariant()}: input '{manifest.Model.Input.Name}' [{string.Join(", ", manifest.Model.Input.Shape)}], " +
                $"output '{o.Name}' [{string.Join(", ", o.Shape)}] read as {o.Meaning.ToString().ToLowerInvariant()}");
            console.Out.WriteLine($"next: learnware check {Path.GetFileName(target)}");
            return CliExitCode.Ok;
        }));
        return command;
    }

    private static IReadOnlyList<int>? ParseClasses(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        return text.Split(',', StringSplitOptions.TrimEntries).Select(part =>
            int.TryParse(part, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int c)
                ? c : throw new UsageException($"--classes: '{part}' is not a class index (a whole number >= 0)")).ToArray();
    }

    internal static byte[] ReadBytes(string path) =>
        File.Exists(path) ? File.ReadAllBytes(path) : throw new UsageException($"{path}: no such file");

    private static string ReadText(string path) =>
        File.Exists(path) ? File.ReadAllText(path) : throw new UsageException($"{path}: no such file");
}
