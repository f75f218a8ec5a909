using Learnware.Reuse.Tests.Support;

namespace Learnware.Reuse.Tests;

[Collection(ExpertsCollection.Name)]
public class JobSelectorReuserTests(ExpertsFixture experts)
{
    private static readonly JobSelectorOptions Herded = new() { Router = JobSelectorRouter.HerdedLightGbm };

    [Fact]
    public void DensityRouter_HerdsNothing_AndRoutesTheRowsOfOneClusterToItsExpert()
    {
        var reuser = new JobSelectorReuser(experts.Experts).Fit(experts.UserData);

        var rowsOfB = Enumerable.Range(0, experts.UserData.Rows).Where(r => experts.UserCluster[r] == 1).ToArray();
        var route = reuser.Select(Data.Rows(experts.UserData, rowsOfB));

        Assert.Empty(reuser.SampleCounts);
        Assert.True(route.Count(i => i == 1) >= 0.97 * rowsOfB.Length);
    }

    [Fact]
    public void DensityRouter_FarFromEveryPoint_GoesToTheNearerDensity()
    {
        // Both kernel sums underflow to zero this far out; the log-domain sum still orders them.
        var reuser = new JobSelectorReuser(experts.Experts).Fit(experts.UserData);
        var farBeyondB = new Numerics.DenseMatrix(Enumerable.Repeat(60.0, ExpertsFixture.Dimension).ToArray(), 1, ExpertsFixture.Dimension);
        var farBeyondA = new Numerics.DenseMatrix(Enumerable.Repeat(-60.0, ExpertsFixture.Dimension).ToArray(), 1, ExpertsFixture.Dimension);

        Assert.Equal([1], reuser.Select(farBeyondB));
        Assert.Equal([0], reuser.Select(farBeyondA));
    }

    [Fact]
    public void HerdedRouter_Accuracy_IsWithinThreePointsOfRoutingEachRowToItsTrueExpert()
    {
        var reuser = new JobSelectorReuser(experts.Experts, Herded).Fit(experts.UserData);
        var prediction = reuser.Predict(experts.UserData);

        double oracle = experts.OracleAccuracy();
        double accuracy = Data.Accuracy(prediction.Labels!, experts.UserLabels);
        Assert.True(oracle > 0.9, $"the experts themselves should be good, oracle {oracle}");
        Assert.True(accuracy >= oracle - 0.03, $"job selector {accuracy} vs oracle {oracle}");
        Assert.Equal(4, prediction.Probabilities!.Columns);
    }

    [Fact]
    public void MixtureWeights_FollowTheUsersClusterShares_AndSetTheHerdedCounts()
    {
        var reuser = new JobSelectorReuser(experts.Experts, Herded).Fit(experts.UserData);

        Assert.InRange(reuser.MixtureWeights[0], 0.6, 0.8);
        Assert.Equal(1, reuser.MixtureWeights.Sum(), 9);
        Assert.Equal((int)Math.Round(reuser.MixtureWeights[0] * 1000, MidpointRounding.AwayFromZero), reuser.SampleCounts[0]);
        Assert.Equal((int)Math.Round(reuser.MixtureWeights[1] * 1000, MidpointRounding.AwayFromZero), reuser.SampleCounts[1]);
    }

    [Fact]
    public void Selector_IsTrainedOnce_AndNotRefittedOnLaterCalls()
    {
        var reuser = new JobSelectorReuser(experts.Experts).Fit(experts.UserData);
        var weights = reuser.MixtureWeights.ToArray();

        // Only cluster-B rows: a selector refitted on them would give expert B all the weight.
        var rowsOfB = Enumerable.Range(0, experts.UserData.Rows).Where(r => experts.UserCluster[r] == 1).ToArray();
        var route = reuser.Select(Data.Rows(experts.UserData, rowsOfB));

        Assert.Equal(weights, reuser.MixtureWeights);
        Assert.True(route.Count(i => i == 1) >= 0.97 * rowsOfB.Length);
    }

    [Fact]
    public void Predict_WithoutFit_FitsOnItsInputOnce()
    {
        var reuser = new JobSelectorReuser(experts.Experts, Herded with { HerdingCount = 300 });
        Assert.False(reuser.IsFitted);

        var route = reuser.Select(experts.UserData);

        Assert.True(reuser.IsFitted);
        Assert.InRange(reuser.SampleCounts.Sum(), 299, 301);
        Assert.True(Data.Accuracy(route, experts.UserCluster) > 0.97);
    }

    [Fact]
    public void Fit_IsRepeatableForASeed()
    {
        var options = Herded with { HerdingCount = 300, Seed = 5 };
        var first = new JobSelectorReuser(experts.Experts, options).Fit(experts.UserData).Select(experts.UserData);
        var second = new JobSelectorReuser(experts.Experts, options).Fit(experts.UserData).Select(experts.UserData);
        Assert.Equal(first, second);
    }

    [Fact]
    public void SingleLearnware_PredictsEveryRow_WithoutHerding()
    {
        var reuser = new JobSelectorReuser([experts.ExpertA]).Fit(experts.UserData);

        var prediction = reuser.Predict(experts.UserData);

        Assert.Equal([1.0], reuser.MixtureWeights);
        Assert.Equal(experts.ExpertA.Model.Predict(experts.UserData).Labels, prediction.Labels);
    }

    [Fact]
    public void Learnwares_WithoutSpecifications_AreRefused()
    {
        var bare = Fakes.Labels("bare", 2, [0, 1]);
        Assert.Throws<ArgumentException>(() => new JobSelectorReuser([experts.ExpertA, bare]));
    }

    [Fact]
    public void Data_OfAnotherDimension_IsRefused()
    {
        var reuser = new JobSelectorReuser(experts.Experts);
        Assert.Throws<ArgumentException>(() => reuser.Fit(new Numerics.DenseMatrix(new double[6], 2, 3)));
    }
}
