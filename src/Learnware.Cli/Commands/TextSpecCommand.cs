using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Learnware.Specifications;
using Learnware.Text;

namespace Learnware.Cli.Commands;

/// <summary><c>learnware spec text</c>: the RKME of a text corpus's sentence embeddings.</summary>
internal static class TextSpecCommand
{
    public static Command Create(CliConsole console)
    {
        var data = new Option<FileInfo>("--data") { Description = "FILE.txt (one text per line) or FILE.csv (a column of texts)", Required = true };
        var column = new Option<string?>("--column") { Description = $"the CSV column of texts (default \"{TextCorpus.DefaultColumn}\")" };
        var output = new Option<FileInfo>("--out") { Description = "where to write the specification JSON", Required = true };
        var k = new Option<int>("--k") { Description = "number of reduced-set points K", DefaultValueFactory = _ => RkmeOptions.Defaults.ReducedSetSize };
        var gamma = new Option<double>("--gamma") { Description = "RBF bandwidth over the unit-length embeddings", DefaultValueFactory = _ => TextSpecifications.DefaultGamma };
        var seed = new Option<int>("--seed") { Description = "random seed (same texts + seed = same specification)" };
        var json = new Option<bool>("--json") { Description = "print a JSON summary" };
        var command = new Command("text", $"Make the RKME specification of texts ({SentenceEncoder.ModelName} sentence embeddings).")
        {
            data, column, output, k, gamma, seed, json,
        };
        command.SetAction(parse => CliApp.Guard(console, () =>
        {
            var options = TextSpecifications.DefaultOptions with
            {
                ReducedSetSize = parse.GetValue(k),
                Gamma = parse.GetValue(gamma),
                Seed = parse.GetValue(seed),
            };
            if (options.ReducedSetSize < 1)
                throw new UsageException($"--k must be at least 1, got {options.ReducedSetSize}");
            if (!(options.Gamma > 0) || !double.IsFinite(options.Gamma))
                throw new UsageException($"--gamma must be a positive number, got {options.Gamma}");
            var path = parse.GetRequiredValue(data).FullName;
            var texts = TextCorpus.Read(path, parse.GetValue(column));
            if (texts.Count == 0)
                throw new UsageException($"{path}: there are no texts in the file");
            var watch = Stopwatch.StartNew();
            var spec = console.Status($"Embedding {texts.Count} texts and generating the specification", () =>
            {
                using var encoder = new SentenceEncoder();
                return TextSpecifications.Create(texts, encoder, new LanguageDetection(), options);
            });
            var elapsed = watch.Elapsed.TotalSeconds;
            var target = parse.GetRequiredValue(output).FullName;
            RkmeTextJson.Save(spec, target);
            if (parse.GetValue(json))
                CliJson.Write(console.Out, new
                {
                    @out = target, k = spec.Count, dimension = spec.PointSize, num_points = spec.NumPoints,
                    gamma = spec.Embeddings.Gamma, encoder = spec.Encoder, language = spec.Languages, seconds = elapsed,
                });
            else
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"wrote {target}: {spec.Describe()} ({elapsed:F2} s)"));
            return CliExitCode.Ok;
        }));
        return command;
    }
}
