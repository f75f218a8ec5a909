using Learnware.Numerics;

namespace Learnware.Reuse.Tests.Support;

/// <summary>Seeded synthetic rows.</summary>
internal static class Data
{
    /// <summary>n rows of an isotropic Gaussian with every centre coordinate equal to <paramref name="centre"/>.</summary>
    public static DenseMatrix Gaussian(int n, int d, double centre, double sd, Random random)
    {
        var data = new double[n * d];
        for (int i = 0; i < data.Length; i++)
            data[i] = centre + sd * Normal(random);
        return new DenseMatrix(data, n, d);
    }

    /// <summary>n rows uniform in [-<paramref name="range"/>, <paramref name="range"/>]^d.</summary>
    public static DenseMatrix Uniform(int n, int d, double range, Random random)
    {
        var data = new double[n * d];
        for (int i = 0; i < data.Length; i++)
            data[i] = (random.NextDouble() * 2 - 1) * range;
        return new DenseMatrix(data, n, d);
    }

    /// <summary>The rows of <paramref name="x"/> at <paramref name="indices"/>, in that order.</summary>
    public static DenseMatrix Rows(DenseMatrix x, IEnumerable<int> indices)
    {
        var list = indices.ToArray();
        var data = new double[list.Length * x.Columns];
        for (int i = 0; i < list.Length; i++)
            x.Row(list[i]).CopyTo(data.AsSpan(i * x.Columns, x.Columns));
        return new DenseMatrix(data, list.Length, x.Columns);
    }

    /// <summary>The rows of <paramref name="top"/> followed by those of <paramref name="bottom"/>.</summary>
    public static DenseMatrix Stack(DenseMatrix top, DenseMatrix bottom) =>
        new([.. top.Data, .. bottom.Data], top.Rows + bottom.Rows, top.Columns);

    /// <summary>The rows as float arrays, for ML.NET.</summary>
    public static float[][] Floats(DenseMatrix x) =>
        [.. Enumerable.Range(0, x.Rows).Select(r => x.Row(r).ToArray().Select(v => (float)v).ToArray())];

    public static double Normal(Random random) => StandardNormal.Sample(random);

    /// <summary>Share of positions where the two label arrays agree.</summary>
    public static double Accuracy(int[] predicted, int[] truth) =>
        (double)predicted.Zip(truth).Count(p => p.First == p.Second) / truth.Length;
}
