using Learnware.Market.Search;
using static Learnware.Market.Tests.Search.SearchTestData;

namespace Learnware.Market.Tests.Search;

public class LearnwareSearcherTests
{
    private static readonly SearchCandidate[] Market =
        Enumerable.Range(0, 5).Select(i => Candidate($"learnware_{i}")).ToArray();

    [Fact]
    public void WithoutASpecification_ReturnsSemanticMatchesUpToTop_WithoutScores()
    {
        var result = new LearnwareSearcher().Search(new SearchQuery { Text = "learnware", Top = 3 }, Market);
        Assert.Equal(["learnware_0", "learnware_1", "learnware_2"], result.Single.Select(s => s.Name));
        Assert.All(result.Single, s => Assert.True(s.Score is null && s.Mmd2 is null));
        Assert.Null(result.Mixture);
    }

    [Fact]
    public void NoSemanticMatch_IsEmpty()
    {
        var query = new SearchQuery { Semantic = new() { Data = ["Image"] } };
        Assert.Same(SearchResult.Empty, new LearnwareSearcher().Search(query, Market));
    }

    [Theory]
    [InlineData(0, 5)]
    [InlineData(10, 0)]
    public void InvalidLimits_Throw(int top, int maxMixture) =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new LearnwareSearcher().Search(new SearchQuery { Top = top, MaxMixture = maxMixture }, Market));
}
