namespace Learnware.Reuse.Tests;

public class ParetoRankingTests
{
    [Fact]
    public void Sort_FindsTheFronts_AndTheCrowdingDistances()
    {
        Candidate Point(double a, double b) => new([], [a, b]);
        var a = Point(1, 5);
        var b = Point(2, 3);
        var c = Point(3, 1);
        var d = Point(3, 4);
        var e = Point(4, 4);

        var fronts = ParetoRanking.Sort([e, d, c, b, a]);

        Assert.Equal(3, fronts.Count);
        Assert.Equal([c, b, a], fronts[0]);
        Assert.Equal([d], fronts[1]);
        Assert.Equal([e], fronts[2]);
        Assert.Equal(2, e.Rank);
        Assert.True(double.IsPositiveInfinity(a.Crowding) && double.IsPositiveInfinity(c.Crowding));
        Assert.Equal(2.0, b.Crowding, 12);
    }

    [Fact]
    public void Repair_LeavesAtLeastTwoMembers()
    {
        var search = new Nsga2(new RegressionObjectives([[0.0], [0.0], [0.0]], [0.0]), 3, 4, new Random(1));
        for (int i = 0; i < 50; i++)
        {
            var genes = search.Repair(new bool[3]);
            Assert.True(genes.Count(g => g) >= 2);
        }
    }
}
