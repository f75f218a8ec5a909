using Learnware.Market.Search;
using Learnware.Specifications.Semantic;
using static Learnware.Market.Tests.Search.SearchTestData;

namespace Learnware.Market.Tests.Search;

public class SemanticSearchTests
{
    private static readonly SearchCandidate[] Market =
        Enumerable.Range(0, 5).Select(i => Candidate($"learnware_{i}")).ToArray();

    private static IReadOnlyList<string> Names(SemanticSpecification? user, string? text, IReadOnlyList<SearchCandidate>? market = null) =>
        SemanticSearcher.Search(user, text, market ?? Market).Select(c => c.Name).ToList();

    [Fact]
    public void ExactName_ReturnsOnlyThatLearnware()
    {
        var result = new LearnwareSearcher().Search(new SearchQuery { Semantic = Semantic("learnware_4") }, Market);
        var only = Assert.Single(result.Single);
        Assert.Equal(("id-learnware_4", "learnware_4"), (only.Id, only.Name));
        Assert.Null(only.Score);
        Assert.Null(only.Mmd2);
        Assert.Null(result.Mixture);
    }

    [Fact]
    public void MisspelledName_ReturnsAllByFuzzyMatch()
    {
        Assert.Equal(Market.Select(c => c.Name), Names(Semantic("laernwaer"), "laernwaer"));
        var result = new LearnwareSearcher().Search(new SearchQuery { Text = "laernwaer" }, Market);
        Assert.Equal(5, result.Single.Count);
    }

    [Fact]
    public void Substring_IsCaseInsensitive_AndSearchesDescriptions()
    {
        var market = new[]
        {
            Candidate("alpha", semantic: Semantic("alpha", "Predicts HOUSE prices")),
            Candidate("beta", semantic: Semantic("beta", "classifies digits")),
        };
        Assert.Equal(["alpha"], Names(null, "house", market));
        Assert.Equal(["beta"], Names(null, "BETA", market));
    }

    [Fact]
    public void FuzzyStage_RunsOnlyWhenNoSubstringMatches()
    {
        // "learnware_1" is a substring of one name, so the four near misses (partial ratio 95) stay out.
        Assert.Equal(["learnware_1"], Names(null, "LEARNWARE_1"));
    }

    [Fact]
    public void FuzzyStage_DropsScoresBelow75_AndSortsBestFirst()
    {
        var market = new[]
        {
            Candidate("weather station"),
            Candidate("credit scoring"),
            Candidate("credit scorer"),
        };
        // "credit scorin" is a prefix of "credit scoring" (substring stage), so use a typo instead.
        Assert.Equal(["credit scoring", "credit scorer"], Names(null, "credt scoring", market));
    }

    [Fact]
    public void BlankText_AndEmptySpecification_MatchEverything()
    {
        Assert.Equal(5, Names(new SemanticSpecification(), "  ").Count);
        Assert.Equal(5, Names(null, null).Count);
    }

    [Fact]
    public void QueryText_OverridesTheSpecificationName()
    {
        var query = new SearchQuery { Semantic = Semantic("learnware_1"), Text = "learnware_3" };
        Assert.Equal("learnware_3", query.SearchText);
        Assert.Equal("learnware_1", new SearchQuery { Semantic = Semantic("learnware_1") }.SearchText);
        Assert.Null(new SearchQuery().SearchText);
    }

    [Fact]
    public void UserDescription_IsNotMatched()
    {
        var user = new SemanticSpecification { Description = "nothing like any learnware" };
        Assert.Equal(5, Names(user, null).Count);
    }

    [Theory]
    [InlineData("Data", "Image")]
    [InlineData("Task", "Regression")]
    [InlineData("Library", "PyTorch")]
    [InlineData("License", "Apache-2.0")]
    public void ClassKey_MustBeAmongTheUsersValues(string key, string other)
    {
        var learnware = Semantic("x");
        string own = key switch
        {
            "Data" => learnware.Data[0], "Task" => learnware.Task[0],
            "Library" => learnware.Library[0], _ => learnware.License[0],
        };
        Assert.False(SemanticTagFilter.Matches(With(key, [other]), learnware));
        Assert.True(SemanticTagFilter.Matches(With(key, [own]), learnware));
        Assert.True(SemanticTagFilter.Matches(With(key, [other, own]), learnware)); // several values: any of them
        Assert.True(SemanticTagFilter.Matches(With(key, []), learnware));           // empty: any
        Assert.False(SemanticTagFilter.Matches(With(key, [own]), Without(key, learnware)));
    }

    [Fact]
    public void ScenarioTags_MustIntersect()
    {
        var learnware = Semantic("x", scenario: ["Business", "Financial"]);
        Assert.True(SemanticTagFilter.Matches(new SemanticSpecification { Scenario = ["Health", "Financial"] }, learnware));
        Assert.False(SemanticTagFilter.Matches(new SemanticSpecification { Scenario = ["Health", "Nature"] }, learnware));
        Assert.True(SemanticTagFilter.Matches(new SemanticSpecification { Scenario = [] }, learnware));
        Assert.False(SemanticTagFilter.Matches(new SemanticSpecification { Scenario = ["Business"] },
            learnware with { Scenario = [] }));
    }

    [Fact]
    public void TagsAndText_MustBothMatch()
    {
        var market = new[]
        {
            Candidate("sales forecast", semantic: Semantic("sales forecast", task: "Regression")),
            Candidate("sales classifier", semantic: Semantic("sales classifier")),
        };
        var user = new SemanticSpecification { Task = ["Regression"], Name = "sales" };
        Assert.Equal(["sales forecast"], Names(user, user.Name, market));
    }

    private static SemanticSpecification With(string key, string[] values) => key switch
    {
        "Data" => new SemanticSpecification { Data = values },
        "Task" => new SemanticSpecification { Task = values },
        "Library" => new SemanticSpecification { Library = values },
        _ => new SemanticSpecification { License = values },
    };

    private static SemanticSpecification Without(string key, SemanticSpecification spec) => key switch
    {
        "Data" => spec with { Data = [] },
        "Task" => spec with { Task = [] },
        "Library" => spec with { Library = [] },
        _ => spec with { License = [] },
    };
}
