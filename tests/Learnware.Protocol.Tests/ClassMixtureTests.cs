using Learnware.Numerics;
using Learnware.Protocol.Data;
using Learnware.Protocol.Mixtures;

namespace Learnware.Protocol.Tests;

public class ClassMixtureTests
{
    private static readonly string[] Names = ["a", "b", "c", "d", "e", "f"];

    [Fact]
    public void Dominant_AreTheClassesOfTheLargestShare_AndOverlapSumsTheProductsOfShares()
    {
        var learnware = new ClassMixture([2, 0, 4, 5], [0.4, 0.4, 0.1, 0.1]);
        var user = new ClassMixture([0, 1, 2, 3], [0.3, 0.3, 0.2, 0.2]);

        Assert.Equal([2, 0], learnware.Dominant);
        Assert.Equal([0, 1], user.Dominant);
        Assert.Equal(0.4 * 0.3 + 0.4 * 0.2, learnware.Overlap(user), 12);
        Assert.Equal(0, learnware.ShareOf(1));
        Assert.Equal("c/a (+e, f)", learnware.ShortName(Names));
    }

    [Fact]
    public void Draw_TakesEachClassInItsShare_WithoutRepeatingARow()
    {
        var table = Table(classCount: 4, rowsPerClass: 50);
        var byClass = ClassMixtureScenario.RowsByClass(table, 4);

        var rows = ClassMixtureScenario.Draw(byClass, new ClassMixture([3, 1], [0.8, 0.2]), 40, new Random(1));

        Assert.Equal(40, rows.Distinct().Count());
        var labels = table.Select(rows).Labels();
        Assert.Equal(32, labels.Count(l => l == 3));
        Assert.Equal(8, labels.Count(l => l == 1));
    }

    [Fact]
    public void Draw_MoreRowsOfAClassThanTheTableHolds_IsRefusedNamingTheClass()
    {
        var byClass = ClassMixtureScenario.RowsByClass(Table(classCount: 2, rowsPerClass: 5), 2);

        var error = Assert.Throws<DatasetException>(() => ClassMixtureScenario.Draw(byClass, new ClassMixture([1], [1.0]), 6, new Random(1)));

        Assert.Contains("class 1 has 5 rows", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Users_IdentifyTheSourcesOfTheirMainClasses_AndTheOracleRoutesEachRowToTheSourceMostTrainedOnItsClass()
    {
        var table = Table(classCount: 4, rowsPerClass: 40);
        ClassMixture[] sources =
        [
            new([0, 1], [0.5, 0.5]),
            new([2, 3], [0.5, 0.5]),
            new([0, 2], [0.9, 0.1]),
        ];
        var user = new ClassMixture([0, 1, 2], [0.4, 0.4, 0.2]);

        var made = ClassMixtureScenario.Users(table, table, [user], sources, 20, 10, ["w", "x", "y", "z"], 4, seed: 3, labelledUsers: 1);

        var task = Assert.Single(made);
        // Source 0 holds both of the user's main classes; source 2 only one of them.
        Assert.True(task.IsIdentifiedBy(0));
        Assert.False(task.IsIdentifiedBy(2));
        Assert.Equal(10, task.Pool.Rows);
        var labels = task.Test.Labels();
        Assert.Equal(20, labels.Length);
        for (int r = 0; r < labels.Length; r++)
            Assert.Equal(labels[r] switch { 0 => 2, 1 => 0, _ => 1 }, task.TestSources[r]);
        Assert.Equal("w 40 %, x 40 %, y 20 %", task.Composition);
    }

    [Fact]
    public void Users_BeyondTheLabelledOnes_GetNoLabelledRows()
    {
        var table = Table(classCount: 2, rowsPerClass: 30);
        var mixture = new ClassMixture([0, 1], [0.5, 0.5]);

        var made = ClassMixtureScenario.Users(table, table, [mixture, mixture], [mixture], 10, 10, ["x", "y"], 2, seed: 1, labelledUsers: 1);

        Assert.Equal(10, made[0].Pool.Rows);
        Assert.Equal(0, made[1].Pool.Rows);
    }

    /// <summary>Rows whose single feature is the row's index, labelled class by class.</summary>
    private static LabelledTable Table(int classCount, int rowsPerClass)
    {
        int n = classCount * rowsPerClass;
        return new LabelledTable(new DenseMatrix([.. Enumerable.Range(0, n).Select(i => (double)i)], n, 1),
            [.. Enumerable.Range(0, n).Select(i => (double)(i / rowsPerClass))]);
    }
}
