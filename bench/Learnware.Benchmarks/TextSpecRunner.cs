using System.Diagnostics;
using System.Globalization;
using Learnware.Specifications;
using Learnware.Text;
using Learnware.Text.Tests.Support;

namespace Learnware.Benchmarks;

/// <summary>
/// Times a text specification of the first N fortunes (all categories, in name order): encoder load, embedding,
/// language detection and the RKME, against a baseline in the same process: the same encoder run one text at a
/// time, as a naive loop over the texts would (measured on a slice and scaled per text).
/// </summary>
internal static class TextSpecRunner
{
    public static int Run(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5_000;
        int baselineTexts = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 300;
        var texts = Fortunes.Categories().SelectMany(Fortunes.Category).Take(n).ToArray();
        if (texts.Length < n)
            throw new InvalidOperationException($"only {texts.Length} fortunes are installed, {n} were asked for");
        Console.WriteLine($"Text specification of {n} fortunes, K = 100, gamma = {TextSpecifications.DefaultGamma}; {Environment.ProcessorCount} cores");

        var watch = Stopwatch.StartNew();
        using var encoder = new SentenceEncoder();
        double load = watch.Elapsed.TotalSeconds;
        watch.Restart();
        var embeddings = encoder.EncodeMatrix(texts);
        double embed = watch.Elapsed.TotalSeconds;
        watch.Restart();
        var languages = new LanguageDetection().Detect(texts);
        double detect = watch.Elapsed.TotalSeconds;
        watch.Restart();
        var rkme = RkmeTableSpecification.FromData(embeddings, TextSpecifications.DefaultOptions);
        double reduce = watch.Elapsed.TotalSeconds;
        double total = load + embed + detect + reduce;

        // Baseline: one text per model run, on a slice taken across the corpus.
        var slice = Enumerable.Range(0, baselineTexts).Select(i => texts[(int)((long)i * texts.Length / baselineTexts)]).ToArray();
        using var single = new SentenceEncoder(new SentenceEncoderOptions { BatchSize = 1 });
        watch.Restart();
        single.EncodeMatrix(slice);
        double perTextBaseline = watch.Elapsed.TotalSeconds / slice.Length;
        watch.Restart();
        encoder.EncodeMatrix(slice);
        double perTextBatched = watch.Elapsed.TotalSeconds / slice.Length;

        long peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024);
        Console.WriteLine("| texts | load (s) | embed (s) | languages (s) | RKME (s) | total (s) | embed per text, batched (ms) | one at a time (ms) | speed-up | peak working set (MB) |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine(FormattableString.Invariant(
            $"| {n} | {load:F2} | {embed:F2} | {detect:F2} | {reduce:F2} | {total:F2} | {perTextBatched * 1000:F2} | {perTextBaseline * 1000:F2} | {perTextBaseline / perTextBatched:F1}x | {peakMb} |"));
        Console.WriteLine($"languages [{string.Join(", ", languages)}], {rkme.Count} points");
        return 0;
    }
}
