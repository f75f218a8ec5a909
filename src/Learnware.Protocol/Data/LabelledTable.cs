using Learnware.Numerics;

namespace Learnware.Protocol.Data;

/// <summary>Rows of features with one target each: a class label (0..C−1) or a real value.</summary>
public sealed record LabelledTable(DenseMatrix Features, double[] Targets)
{
    /// <summary>Number of rows.</summary>
    public int Rows => Features.Rows;

    /// <summary>The rows at <paramref name="indices"/>, in that order.</summary>
    public LabelledTable Select(IReadOnlyList<int> indices)
    {
        int d = Features.Columns;
        var data = new double[indices.Count * d];
        var targets = new double[indices.Count];
        for (int i = 0; i < indices.Count; i++)
        {
            Features.Row(indices[i]).CopyTo(data.AsSpan(i * d, d));
            targets[i] = Targets[indices[i]];
        }
        return new LabelledTable(new DenseMatrix(data, indices.Count, d), targets);
    }

    /// <summary>The targets as class labels; throws if one is not a whole number ≥ 0.</summary>
    public int[] Labels() => [.. Targets.Select(t => t >= 0 && t == Math.Floor(t)
        ? (int)t
        : throw new InvalidOperationException($"target {t} is not a class label (a whole number >= 0)"))];

    /// <summary>The rows as float arrays, as ML.NET trains on them.</summary>
    public float[][] FloatRows() =>
        [.. Enumerable.Range(0, Rows).Select(r => Features.Row(r).ToArray().Select(v => (float)v).ToArray())];

    /// <summary>The rows of <paramref name="tables"/> one after another.</summary>
    public static LabelledTable Concat(IEnumerable<LabelledTable> tables)
    {
        var list = tables.ToList();
        int d = list[0].Features.Columns;
        return new LabelledTable(
            new DenseMatrix([.. list.SelectMany(t => t.Features.Data)], list.Sum(t => t.Rows), d),
            [.. list.SelectMany(t => t.Targets)]);
    }
}
