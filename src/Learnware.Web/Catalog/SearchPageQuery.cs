using Learnware.Market.Search;
using Learnware.Specifications.Semantic;

namespace Learnware.Web.Catalog;

/// <summary>
/// A search as the <c>/search</c> address spells it: free text, the tag values to accept per key, the key of a held
/// specification and the page; everything a shared link needs.
/// </summary>
public sealed record SearchPageQuery
{
    /// <summary>Results per page.</summary>
    public const int PageSize = 10;

    public string? Text { get; init; }
    public IReadOnlyList<string> Data { get; init; } = [];
    public IReadOnlyList<string> Task { get; init; } = [];
    public IReadOnlyList<string> Library { get; init; } = [];
    public IReadOnlyList<string> Scenario { get; init; } = [];
    public IReadOnlyList<string> License { get; init; } = [];

    /// <summary>The key of an uploaded specification held by <see cref="HeldSpecifications"/>, or null.</summary>
    public string? Spec { get; init; }

    /// <summary>The page, from 1.</summary>
    public int Page { get; init; } = 1;

    /// <summary>True when nothing at all is asked: the page shows the form only.</summary>
    public bool IsEmpty => string.IsNullOrWhiteSpace(Text) && Spec is null && Data.Count + Task.Count + Library.Count + Scenario.Count + License.Count == 0;

    /// <summary>The tags as the market's search takes them; null when none is given.</summary>
    public SemanticSpecification? Semantic => Data.Count + Task.Count + Library.Count + Scenario.Count + License.Count == 0
        ? null
        : new SemanticSpecification { Data = Data, Task = Task, Library = Library, Scenario = Scenario, License = License };

    /// <summary>The address's query parameters (lists repeat their key), for links to this search and its other pages.</summary>
    public IReadOnlyDictionary<string, object?> ToParameters(int? page = null) => new Dictionary<string, object?>
    {
        ["text"] = string.IsNullOrWhiteSpace(Text) ? null : Text.Trim(),
        ["data"] = Data.ToArray(),
        ["task"] = Task.ToArray(),
        ["library"] = Library.ToArray(),
        ["scenario"] = Scenario.ToArray(),
        ["license"] = License.ToArray(),
        ["spec"] = Spec,
        ["page"] = (page ?? Page) is > 1 and var p ? p : null,
    };

    /// <summary>The values of one tag key, by its name in the vocabulary.</summary>
    public IReadOnlyList<string> Values(string key) => key switch
    {
        "data" => Data,
        "task" => Task,
        "library" => Library,
        "scenario" => Scenario,
        "license" => License,
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "not a tag key"),
    };

    /// <summary>The tag keys with their allowed values, in the order the form shows them.</summary>
    public static IReadOnlyList<(string Key, string Label, IReadOnlyList<string> Values)> TagKeys { get; } =
    [
        ("data", "Data type", SemanticVocabulary.Data),
        ("task", "Task", SemanticVocabulary.Task),
        ("library", "Library", SemanticVocabulary.Library),
        ("scenario", "Scenario", SemanticVocabulary.Scenario),
        ("license", "Licence", SemanticVocabulary.License),
    ];

    /// <summary>What is wrong with the query (a tag value outside the vocabulary, a page below 1), or null when nothing is.</summary>
    public static string? Problem(SearchPageQuery query)
    {
        if (query.Page < 1)
            return $"page must be 1 or more, not {query.Page}";
        foreach (var (key, label, allowed) in TagKeys)
            foreach (var value in query.Values(key))
                if (!allowed.Contains(value, StringComparer.Ordinal))
                    return $"'{value}' is not a {label.ToLowerInvariant()} tag; the {label.ToLowerInvariant()} tags are: {string.Join(", ", allowed)}";
        return null;
    }

    /// <summary>The market query for this page: enough single results to fill it and tell whether another follows.</summary>
    public SearchQuery ToSearch(Learnware.Specifications.IStatSpecification? spec) => new()
    {
        Text = string.IsNullOrWhiteSpace(Text) ? null : Text.Trim(),
        Semantic = Semantic,
        Spec = spec,
        Top = PageSize * Page + 1,
    };
}
