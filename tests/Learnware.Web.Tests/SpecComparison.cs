using Learnware.Specifications;

namespace Learnware.Web.Tests;

/// <summary>How far apart two table specifications of the same data are: value by value, and as embeddings.</summary>
/// <param name="MaxPointDifference">Largest |Δ| between corresponding point coordinates.</param>
/// <param name="MaxWeightDifference">Largest |Δ| between corresponding weights.</param>
/// <param name="Mmd2">MMD² between the two embeddings.</param>
public sealed record SpecComparison(double MaxPointDifference, double MaxWeightDifference, double Mmd2)
{
    // Why the browser's specification may differ from the CLI's at all: the same code sums in another order there.
    // On x64 the kernels take 256-bit (and TensorPrimitives up to 512-bit) vector paths; WebAssembly has 128-bit SIMD
    // at most, so sums over up to n rows are grouped differently and each can differ by about n·ε relative
    // (ε = 2.2e-16, n = 3,000 here: ~1e-12). The QP and the point steps carry such differences on without amplifying
    // them much (measured: 3e-14 on points of magnitude ~10, 1e-15 on weights). A real divergence, such as a k-means
    // start that assigned one row differently, moves points by a sizeable fraction of their spread (~0.1 or more).
    // The tolerances sit between the two, far from both.

    /// <summary>Largest difference allowed between corresponding values: 1e-10 of the points' magnitude.</summary>
    public const double ValueTolerance = 1e-9;

    /// <summary>
    /// Largest MMD² allowed between the two: ~1e-9 of the MMD² between a reference specification and its own data
    /// (2e-3 to 5e-3 on the reference fixtures), i.e. the two are the same embedding for any search.
    /// </summary>
    public const double Mmd2Tolerance = 1e-12;

    /// <summary>Compares two specifications with the same K and d.</summary>
    public static SpecComparison Of(RkmeTableSpecification a, RkmeTableSpecification b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new SpecComparison(MaxDifference(a.Points, b.Points), MaxDifference(a.Weights, b.Weights), a.SquaredDistance(b));
    }

    private static double MaxDifference(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        if (a.Length != b.Length)
            return double.PositiveInfinity;
        double max = 0;
        for (int i = 0; i < a.Length; i++)
            max = Math.Max(max, Math.Abs(a[i] - b[i]));
        return max;
    }
}
