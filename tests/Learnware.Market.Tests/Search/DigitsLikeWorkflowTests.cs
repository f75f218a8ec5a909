using Learnware.Market.Search;
using static Learnware.Market.Tests.Search.SearchTestData;

namespace Learnware.Market.Tests.Search;

/// <summary>
/// The reference's digits workflow on synthetic data of the same shape: 64 features, 10 classes; five learnwares
/// each made from a random 70% of the rows and a user from a random 30%. All share one distribution, so no single
/// learnware is exact and a mixture of several fits the user better.
/// </summary>
public class DigitsLikeWorkflowTests
{
    private const int Features = 64, Classes = 10, RowsPerClass = 100;

    [Theory]
    [InlineData(MixtureMethod.Greedy)]
    [InlineData(MixtureMethod.Auto)]
    public void Mixture_HasAtLeastTwoLearnwares_AndIsNotDropped(MixtureMethod method)
    {
        var random = new Random(2024);
        var centres = Centres(Classes, Features, 1.0, random);
        var data = Sample(centres, Enumerable.Repeat(RowsPerClass, Classes).ToArray(), 0.35, random);
        int n = data.Rows;

        var learnwares = Enumerable.Range(0, 5)
            .Select(i => Candidate($"learnware_{i}", Spec(Rows(data, Shuffle(n, random).Take(7 * n / 10)), k: 30, seed: i)))
            .ToArray();
        var user = Spec(Rows(data, Shuffle(n, random).Take(3 * n / 10)), k: 30, seed: 99);

        var query = new SearchQuery { Semantic = Semantic("learnware_4") with { Name = "" }, Spec = user, Method = method };
        var result = new LearnwareSearcher().Search(query, learnwares);

        Assert.NotEmpty(result.Single);
        var mixture = Assert.IsType<MixtureResult>(result.Mixture);
        Assert.True(mixture.Ids.Count >= 2, $"mixture of {mixture.Ids.Count}");
        Assert.True(mixture.Mmd2 < result.Single[0].Mmd2);
        Assert.NotEqual((int)(100 * mixture.Score), (int)(100 * result.Single[0].Score!.Value));
    }

    private static int[] Shuffle(int n, Random random)
    {
        var order = Enumerable.Range(0, n).ToArray();
        random.Shuffle(order);
        return order;
    }
}
