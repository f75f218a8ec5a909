using Learnware.Reuse.Tests.Support;

namespace Learnware.Reuse.Tests;

public class EnsemblePruningReuserTests
{
    private const int Rows = 300, Validation = 200, Classes = 3;
    private static readonly int[] Truth = [.. Enumerable.Range(0, Rows).Select(i => (i * 7 + i / 3) % Classes)];

    /// <summary>
    /// Three good classifiers (right 80% of the time, independently) and four bad ones that mostly agree on the same
    /// wrong label, so the full ensemble's majority is often wrong.
    /// </summary>
    private static ReusableLearnware[] MixedClassifiers()
    {
        var random = new Random(11);
        var good = Enumerable.Range(0, 3).Select(g => Fakes.LabelTable($"good{g}", Classes,
            [.. Truth.Select(y => random.NextDouble() < 0.8 ? y : (y + 1 + random.Next(2)) % Classes)]));
        var bad = Enumerable.Range(0, 4).Select(b => Fakes.LabelTable($"bad{b}", Classes,
            [.. Truth.Select(y => random.NextDouble() < 0.7 ? (y + 1) % Classes : y)]));
        return [.. good, .. bad];
    }

    private static double Error(IReuser reuser, int from, int to)
    {
        var x = Data.Rows(Fakes.RowIds(Rows), Enumerable.Range(from, to - from));
        var labels = reuser.Predict(x).Labels!;
        return 1 - Data.Accuracy(labels, Truth[from..to]);
    }

    private static double[] ValidationTargets => [.. Truth[..Validation].Select(y => (double)y)];

    private static Numerics.DenseMatrix ValidationRows => Fakes.RowIds(Validation);

    [Fact]
    public void Classification_PicksASubsetNoWorseThanTheFullEnsemble_AndDropsTheBadLearnwares()
    {
        var learnwares = MixedClassifiers();
        var full = new AveragingReuser(learnwares, AveragingMode.VoteByLabel);
        var pruning = new EnsemblePruningReuser(learnwares).Fit(ValidationRows, ValidationTargets);

        double fullError = Error(full, 0, Validation), prunedError = Error(pruning, 0, Validation);
        Assert.True(prunedError <= fullError, $"pruned {prunedError} vs full {fullError}");
        Assert.True(prunedError < 0.15, $"pruned error {prunedError}");
        Assert.All(pruning.SelectedIndices, i => Assert.True(i < 3, $"bad learnware {i} selected"));
        Assert.True(Error(pruning, Validation, Rows) < Error(full, Validation, Rows));
    }

    [Fact]
    public void BeforeFit_EveryLearnwareVotes()
    {
        var learnwares = MixedClassifiers();
        var pruning = new EnsemblePruningReuser(learnwares);
        var full = new AveragingReuser(learnwares, AveragingMode.VoteByLabel);
        Assert.Equal([0, 1, 2, 3, 4, 5, 6], pruning.SelectedIndices);
        Assert.Equal(full.Predict(ValidationRows).Labels, pruning.Predict(ValidationRows).Labels);
    }

    [Fact]
    public void Fit_IsRepeatableForASeed()
    {
        var options = new EnsemblePruningOptions { Seed = 3, Generations = 50 };
        var first = new EnsemblePruningReuser(MixedClassifiers(), options).Fit(ValidationRows, ValidationTargets);
        var second = new EnsemblePruningReuser(MixedClassifiers(), options).Fit(ValidationRows, ValidationTargets);
        Assert.Equal(first.SelectedIndices, second.SelectedIndices);
    }

    [Fact]
    public void Regression_KeepsTheUnbiasedLearnwares()
    {
        var random = new Random(5);
        var y = Enumerable.Range(0, Validation).Select(_ => Data.Normal(random)).ToArray();
        var learnwares = Enumerable.Range(0, 5).Select(m => Fakes.ValueTable($"r{m}",
            [.. y.Select(v => v + (m < 2 ? 0 : 2) + 0.3 * Data.Normal(random))])).ToArray();

        var pruning = new EnsemblePruningReuser(learnwares).Fit(ValidationRows, y);

        Assert.Equal([0, 1], pruning.SelectedIndices);
        var mean = pruning.Predict(ValidationRows).Values!.Data;
        double mse = mean.Zip(y).Average(p => (p.First - p.Second) * (p.First - p.Second));
        Assert.True(mse < 0.1, $"mse {mse}");
    }

    [Fact]
    public void SingleLearnware_TerminatesAndIsKept()
    {
        var only = Fakes.LabelTable("only", Classes, Truth);
        var pruning = new EnsemblePruningReuser([only]).Fit(ValidationRows, ValidationTargets);
        Assert.Equal([0], pruning.SelectedIndices);
        Assert.Equal(Truth[..Validation], pruning.Predict(ValidationRows).Labels);
    }

    [Fact]
    public void TwoLearnwares_AreBothKept_SinceASubsetHasAtLeastTwo()
    {
        var learnwares = MixedClassifiers()[..2];
        var pruning = new EnsemblePruningReuser(learnwares).Fit(ValidationRows, ValidationTargets);
        Assert.Equal([0, 1], pruning.SelectedIndices);
    }

    [Fact]
    public void Labels_MustBeWholeNonNegativeNumbers()
    {
        var pruning = new EnsemblePruningReuser(MixedClassifiers());
        Assert.Throws<ArgumentException>(() => pruning.Fit(Fakes.RowIds(2), [0.5, 1]));
        Assert.Throws<ArgumentException>(() => pruning.Fit(Fakes.RowIds(2), [-1, 1]));
        Assert.Throws<ArgumentException>(() => pruning.Fit(Fakes.RowIds(2), [1]));
    }

    [Theory]
    [InlineData(10_000)]
    [InlineData(2_147_483_647)]
    [InlineData(1e300)]
    public void Labels_BeyondTheMostClassesAClassifierMayHave_AreRefusedWithTheReason(double label)
    {
        // A label sizes every per-class array of the fit; none can be a class of a learnware past the package limit.
        var pruning = Assert.Throws<ArgumentException>(() => new EnsemblePruningReuser(MixedClassifiers()).Fit(Fakes.RowIds(2), [1, label]));
        var augment = Assert.Throws<ArgumentException>(() => new FeatureAugmentReuser(MixedClassifiers()).Fit(Fakes.RowIds(2), [1, label]));

        foreach (var error in new[] { pruning, augment })
            Assert.Contains("target 1 is", error.Message, StringComparison.Ordinal);
        Assert.All(new[] { pruning, augment }, e => Assert.Contains("beyond the 10000 classes a classifier may have (labels 0 to 9999)", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void TheLargestLabelAllowed_IsTheLastClassAClassifierMayHave()
    {
        // 9,999 is within the limit: the fit proceeds (and sizes its classes by it).
        var pruning = new EnsemblePruningReuser(MixedClassifiers()).Fit(Fakes.RowIds(2), [1, 9_999]);
        Assert.NotEmpty(pruning.SelectedIndices);
    }
}
