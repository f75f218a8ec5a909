using Learnware.Specifications;
using MathNet.Numerics.LinearAlgebra;

namespace Learnware.Market.Search;

/// <summary>One reduced-set point on the plane, with its weight β in its specification.</summary>
public readonly record struct ProjectedPoint(double X, double Y, double Weight);

/// <summary>A specification's reduced-set points on the plane.</summary>
public sealed record ProjectedSpecification(string Label, IReadOnlyList<ProjectedPoint> Points);

/// <summary>
/// Puts the reduced-set points of several specifications of one island (a user's and the learnwares found for it)
/// on one plane: the two principal axes of all their points together, so that what lies near in the plane lies near
/// in the points' own space as far as two axes can show it.
/// </summary>
public static class SpecProjection
{
    /// <summary>
    /// The points of each specification, projected on the two axes along which all the points vary most; null when a
    /// specification's points are not plain vectors (images) or the specifications do not share an island.
    /// </summary>
    public static IReadOnlyList<ProjectedSpecification>? Project(IReadOnlyList<(string Label, IStatSpecification Spec)> specifications)
    {
        ArgumentNullException.ThrowIfNull(specifications);
        if (specifications.Count == 0)
            return [];
        var tables = new List<RkmeTableSpecification>(specifications.Count);
        foreach (var (_, spec) in specifications)
        {
            if (Vectors(spec) is not { } table || !spec.SharesIslandWith(specifications[0].Spec))
                return null;
            tables.Add(table);
        }

        int dimension = tables[0].Dimension, total = tables.Sum(t => t.Count);
        var points = Matrix<double>.Build.Dense(total, dimension);
        var row = 0;
        foreach (var table in tables)
            for (var i = 0; i < table.Count; i++, row++)
                points.SetRow(row, table.Point(i).ToArray());

        var mean = points.ColumnSums() / total;
        var centred = points - Matrix<double>.Build.Dense(total, dimension, (_, j) => mean[j]);
        var axes = PrincipalAxes(centred, dimension);
        var plane = centred * axes;

        var projected = new List<ProjectedSpecification>(tables.Count);
        row = 0;
        for (var s = 0; s < tables.Count; s++)
        {
            var weights = tables[s].Weights;
            var onPlane = new ProjectedPoint[tables[s].Count];
            for (var i = 0; i < onPlane.Length; i++, row++)
                onPlane[i] = new ProjectedPoint(plane[row, 0], plane[row, 1], weights[i]);
            projected.Add(new ProjectedSpecification(specifications[s].Label, onPlane));
        }
        return projected;
    }

    /// <summary>The kinds whose reduced-set points are vectors compared by an RBF kernel: tables, and texts' sentence embeddings.</summary>
    private static RkmeTableSpecification? Vectors(IStatSpecification spec) => spec switch
    {
        RkmeTableSpecification table => table,
        RkmeTextSpecification text => text.Embeddings,
        _ => null,
    };

    /// <summary>
    /// The eigenvectors of the points' scatter matrix with the two largest eigenvalues, as the columns of a
    /// dimension × 2 matrix (the second column zero for one-dimensional points); each signed so that its largest
    /// entry is positive, so the same points always give the same picture.
    /// </summary>
    private static Matrix<double> PrincipalAxes(Matrix<double> centred, int dimension)
    {
        var evd = centred.TransposeThisAndMultiply(centred).Evd(Symmetricity.Symmetric);
        var order = Enumerable.Range(0, dimension).OrderByDescending(i => evd.EigenValues[i].Real).ToArray();
        var axes = Matrix<double>.Build.Dense(dimension, 2);
        for (var a = 0; a < Math.Min(2, dimension); a++)
        {
            var axis = evd.EigenVectors.Column(order[a]);
            var largest = axis.AbsoluteMaximumIndex();
            axes.SetColumn(a, axis[largest] < 0 ? -axis : axis);
        }
        return axes;
    }
}
