using System.Globalization;
using Learnware.Images;
using Learnware.Numerics;
using Learnware.Specifications;
using Learnware.Specifications.Images;

namespace Learnware.Benchmarks;

/// <summary>
/// Times image specifications on Fashion-MNIST: generation from 5,000 images against a table RKME of the same pixel
/// rows (K = 50), and the NNGP distance between two K = 50 specs against a plain per-pixel implementation of the
/// same kernel, both in this process.
/// </summary>
internal static class ImageSpecRunner
{
    private const string Images = "/usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz";

    public static int Run(string[] args)
    {
        int repeats = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3;
        var set = IdxFile.ReadImages(Images, 10_000);
        var first = Slice(set, 0, 5000);
        var second = Slice(set, 5000, 5000);
        Console.WriteLine($"Image specifications on Fashion-MNIST, median of {repeats} runs; {Environment.ProcessorCount} cores");
        Console.WriteLine("| step | time (s) | baseline | baseline (s) | ratio to baseline | quality |");
        Console.WriteLine("|---|---:|---|---:|---:|---|");

        Build(Slice(set, 0, 200));
        RkmeImageSpecification? a = null;
        double spec = SpecGenerationRunner.Median(repeats, () => a = Build(first));
        var b = Build(second);
        var table = new DenseMatrix(first.ToMatrix().Data, first.Count, first.ImageSize);
        double tableTime = SpecGenerationRunner.Median(repeats, () => RkmeTableSpecification.FromData(table, new RkmeOptions { ReducedSetSize = 50 }));
        Console.Error.WriteLine(FormattableString.Invariant($"image spec {spec:F2} s, table spec {tableTime:F2} s"));
        var prepared = ImagePreprocessing.Prepare(first.Pixels[..(1000 * first.ImageSize)], 1000, 1, 28, 28);
        IStatSpecification own = a!;
        double mmd = own.SquaredDistance(own.Empirical(new DenseMatrix(prepared.Select(v => (double)v).ToArray(), 1000, 1024)));
        Console.WriteLine(FormattableString.Invariant(
            $"| image spec of 5,000 images (K = 50) | {spec:F2} | table RKME of the same 5,000 x 784 pixels, K = 50 | {tableTime:F2} | {spec / tableTime:F1}x | MMD² to 1,000 of its images {mmd:G3} |"));

        IStatSpecification p = a!, q = b;
        p.SquaredDistance(q);
        double distance = 0, fast = SpecGenerationRunner.Median(repeats * 3, () => distance = p.SquaredDistance(q));
        double plainDistance = 0, plain = SpecGenerationRunner.Median(1, () => plainDistance = PlainDistance(a!, b));
        Console.WriteLine(FormattableString.Invariant(
            $"| NNGP MMD² between two K = 50 specs | {fast * 1000:F1} ms | plain per-pixel kernel, one thread | {plain * 1000:F0} ms | {plain / fast:F0}x faster | MMD² {distance:G6}, plain {plainDistance:G6} |"));
        return 0;
    }

    private static RkmeImageSpecification Build(ImageSet set) =>
        RkmeImageSpecification.FromImages(set.Pixels, set.Count, set.Channels, set.Height, set.Width);

    private static ImageSet Slice(ImageSet set, int start, int count) =>
        set with { Pixels = set.Pixels.AsSpan(start * set.ImageSize, count * set.ImageSize).ToArray(), Count = count };

    private static double PlainDistance(RkmeImageSpecification p, RkmeImageSpecification q) =>
        PlainProduct(p, p) - 2 * PlainProduct(p, q) + PlainProduct(q, q);

    private static double PlainProduct(RkmeImageSpecification p, RkmeImageSpecification q)
    {
        double sum = 0;
        for (int i = 0; i < p.Count; i++)
            for (int j = 0; j < q.Count; j++)
                sum += p.Weights[i] * q.Weights[j] * PlainNngpKernel.Kernel(p.Point(i), q.Point(j), p.Channels);
        return sum;
    }
}
