using System.Globalization;

namespace Learnware.Samples;

/// <summary>The sample tool's command line: write sample material, or score predictions.</summary>
internal static class SamplesApp
{
    private const string Usage = """
        usage:
          Learnware.Samples --out DIR [--seed N]       write sample learnware sources and a user's data set into DIR
          Learnware.Samples --score PRED.csv LABELS.csv  accuracy of the predicted 'label' column against the true one
        """;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        try
        {
            if (args is ["--score", var predictions, var labels])
            {
                output.WriteLine(Scoring.Accuracy(predictions, labels));
                return 0;
            }
            if (args is ["--help"] or ["-h"])
            {
                output.WriteLine(Usage);
                return 0;
            }
            var (directory, seed) = ParseGenerate(args);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            SampleGenerator.Generate(directory, seed, output);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"wrote {Path.GetFullPath(directory)} (seed {seed}, {watch.Elapsed.TotalSeconds:F1} s)"));
            return 0;
        }
        catch (ArgumentException e)
        {
            error.WriteLine($"error: {e.Message}");
            error.WriteLine(Usage);
            return 2;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {e.Message}");
            return 2;
        }
    }

    private static (string Directory, int Seed) ParseGenerate(string[] args)
    {
        string? directory = null;
        int seed = 0;
        for (int i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--out":
                    directory = Value();
                    break;
                case "--seed":
                    var text = Value();
                    if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out seed))
                        throw new ArgumentException($"--seed: '{text}' is not a whole number");
                    break;
                default:
                    throw new ArgumentException($"unknown argument '{args[i]}'");
            }
        }
        return (directory ?? throw new ArgumentException("--out DIR is required"), seed);
    }
}
