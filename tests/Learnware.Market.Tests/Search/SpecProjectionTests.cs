using Learnware.Market.Search;
using Learnware.Specifications;

namespace Learnware.Market.Tests.Search;

/// <summary>The plane of the search page's chart: the principal axes of all the specifications' reduced-set points.</summary>
public sealed class SpecProjectionTests
{
    private static RkmeTableSpecification Table(double[][] points, double[] weights) =>
        new(points.SelectMany(p => p).ToArray(), points[0].Length, weights, gamma: 0.1, numPoints: 100);

    [Fact]
    public void Points_on_a_line_land_on_the_first_axis_at_their_centred_positions()
    {
        // Positions t along the unit direction (1, 2, 2) / 3, whose largest entry is positive: the first axis is it.
        double[] Along(double t) => [t / 3, 2 * t / 3, 2 * t / 3];
        var first = Table([Along(-2), Along(-1)], [0.25, 0.75]);
        var second = Table([Along(1), Along(2)], [0.5, 0.5]);

        var projected = SpecProjection.Project([("yours", first), ("theirs", second)])!;

        Assert.Equal(["yours", "theirs"], projected.Select(p => p.Label));
        Assert.Equal([-2.0, -1.0, 1.0, 2.0], projected.SelectMany(p => p.Points).Select(p => Math.Round(p.X, 9)));
        Assert.All(projected.SelectMany(p => p.Points), p => Assert.Equal(0, p.Y, 9));
        Assert.Equal([0.25, 0.75, 0.5, 0.5], projected.SelectMany(p => p.Points).Select(p => p.Weight));
    }

    [Fact]
    public void Points_in_a_plane_keep_their_distances()
    {
        // A plane through (1, 1, 1) spanned by (1, 0, 0) and (0, 1, 1) / sqrt 2.
        double[] In(double a, double b) => [1 + a, 1 + b / Math.Sqrt(2), 1 + b / Math.Sqrt(2)];
        double[][] points = [In(0, 0), In(3, 1), In(-1, 2), In(2, -2), In(0.5, 0.5)];
        var projected = SpecProjection.Project([("one", Table(points[..2], [0.5, 0.5])), ("two", Table(points[2..], [0.2, 0.3, 0.5]))])!;

        var flat = projected.SelectMany(p => p.Points).ToArray();
        for (var i = 0; i < points.Length; i++)
            for (var j = i + 1; j < points.Length; j++)
            {
                var original = Math.Sqrt(points[i].Zip(points[j], (x, y) => (x - y) * (x - y)).Sum());
                Assert.Equal(original, Math.Sqrt(Math.Pow(flat[i].X - flat[j].X, 2) + Math.Pow(flat[i].Y - flat[j].Y, 2)), 9);
            }
    }

    [Fact]
    public void Specifications_of_different_islands_have_no_common_plane()
    {
        var three = Table([[0.0, 1, 2], [1.0, 0, 1]], [0.5, 0.5]);
        var two = Table([[0.0, 1], [1.0, 0]], [0.5, 0.5]);
        Assert.Null(SpecProjection.Project([("three", three), ("two", two)]));
    }
}
