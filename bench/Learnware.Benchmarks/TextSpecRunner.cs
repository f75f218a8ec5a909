using System.Diagnostics;
using System.Globalization;
using Learnware.Specifications;
using Learnware.Text;
using Learnware.Text.Tests.Support;

namespace Learnware.Benchmarks;

/// <summary>
/// Times a text specification of the first N fortunes (all categories, in name order): encoder load, embedding,
/// language detection and the RKME, against a baseline in the same process: the encoder running one batch at a
/// time over all cores, as it did before batches ran concurrently (measured on a slice and scaled per text).
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

        // Baseline: the previous path, one batch at a time with ONNX Runtime spreading each operator over the cores,
        // against the default (one single-threaded batch per core), on the same slice taken across the corpus. The two
        // alternate twice so that a change in the machine's load falls on both.
        var slice = Enumerable.Range(0, baselineTexts).Select(i => texts[(int)((long)i * texts.Length / baselineTexts)]).ToArray();
        using var sequential = new SentenceEncoder(new SentenceEncoderOptions { ConcurrentBatches = 1 });
        double baselineSeconds = 0, defaultSeconds = 0;
        float[] baselineEmbeddings = [], defaultEmbeddings = [];
        for (int round = 0; round < 2; round++)
        {
            watch.Restart();
            baselineEmbeddings = sequential.Encode(slice);
            baselineSeconds += watch.Elapsed.TotalSeconds;
            watch.Restart();
            defaultEmbeddings = encoder.Encode(slice);
            defaultSeconds += watch.Elapsed.TotalSeconds;
        }
        double perTextBaseline = baselineSeconds / (2 * slice.Length), perTextDefault = defaultSeconds / (2 * slice.Length);
        var difference = new float[slice.Length * SentenceEncoder.Dimension];
        System.Numerics.Tensors.TensorPrimitives.Subtract(baselineEmbeddings, defaultEmbeddings, difference);
        float largestDifference = System.Numerics.Tensors.TensorPrimitives.MaxMagnitude(difference);

        long peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024);
        string loadAverage = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
        Console.WriteLine("| texts | load (s) | embed (s) | languages (s) | RKME (s) | total (s) | embed per text (ms) | one batch at a time (ms) | speed-up | largest embedding difference | peak working set (MB) | load average |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine(FormattableString.Invariant(
            $"| {n} | {load:F2} | {embed:F2} | {detect:F2} | {reduce:F2} | {total:F2} | {perTextDefault * 1000:F2} | {perTextBaseline * 1000:F2} | {perTextBaseline / perTextDefault:F2}x | {largestDifference:E1} | {peakMb} | {loadAverage} |"));
        Console.WriteLine($"languages [{string.Join(", ", languages)}], {rkme.Count} points");
        return 0;
    }
}
