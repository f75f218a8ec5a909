using Learnware.Numerics;
using Learnware.Protocol.Data;
using Learnware.Protocol.Modalities;

namespace Learnware.Protocol.Tests.Support;

/// <summary>Well-separated Gaussian sources for the runner's tests; feature 0 holds a unique row id.</summary>
internal static class Synthetic
{
    public const int Dimension = 4;

    // Ids are scaled down so that feature 0 carries no distance: the sources differ only in features 1..3.
    private const double IdScale = 1e-6;

    /// <summary>
    /// <paramref name="count"/> sources, source s centred at 6·s on features 1..3, with classes split on feature 1
    /// (classification) or a linear target; feature 0 is the row's id (scaled down to nothing), so tests can see which rows went where.
    /// </summary>
    public static IReadOnlyList<SourceTask> Sources(int count, int rowsPerSource, bool classification)
    {
        var random = new Random(5);
        int id = 0;
        LabelledTable Draw(int source, int n)
        {
            var x = new double[n * Dimension];
            var y = new double[n];
            for (int r = 0; r < n; r++)
            {
                x[r * Dimension] = IdScale * id++;
                for (int j = 1; j < Dimension; j++)
                    x[r * Dimension + j] = 6 * source + StandardNormal.Sample(random);
                double offset = x[r * Dimension + 1] - 6 * source;
                y[r] = classification ? (offset > 0 ? 1 : 0) : 2 * offset + source;
            }
            return new LabelledTable(new DenseMatrix(x, n, Dimension), y);
        }
        return [.. Enumerable.Range(0, count).Select(s => new SourceTask($"source {s}", Draw(s, rowsPerSource), Draw(s, rowsPerSource)))];
    }
}
