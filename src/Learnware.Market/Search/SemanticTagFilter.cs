using Learnware.Specifications.Semantic;

namespace Learnware.Market.Search;

/// <summary>The tag rules of the semantic search: does a learnware carry the tags a user asked for?</summary>
/// <remarks>
/// Class keys (Data, Task, Library, License) hold one value per learnware; the user may list several acceptable
/// ones, so the learnware's value must be among them. The Tag key (Scenario) holds a set on both sides, and the sets
/// must intersect. A key the user left empty is not constrained; a constrained key the learnware left empty rejects
/// it. Name, Description, Input and Output are not tags.
/// </remarks>
public static class SemanticTagFilter
{
    /// <summary>True if <paramref name="learnware"/> satisfies every key the user gave in <paramref name="user"/>.</summary>
    public static bool Matches(SemanticSpecification user, SemanticSpecification learnware)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(learnware);
        return ClassMatches(user.Data, learnware.Data)
            && ClassMatches(user.Task, learnware.Task)
            && ClassMatches(user.Library, learnware.Library)
            && ClassMatches(user.License, learnware.License)
            && TagMatches(user.Scenario, learnware.Scenario);
    }

    private static bool ClassMatches(IReadOnlyList<string> wanted, IReadOnlyList<string> actual) =>
        wanted.Count == 0 || (actual.Count > 0 && Contains(wanted, actual[0]));

    private static bool TagMatches(IReadOnlyList<string> wanted, IReadOnlyList<string> actual)
    {
        if (wanted.Count == 0)
            return true;
        foreach (string tag in actual)
            if (Contains(wanted, tag))
                return true;
        return false;
    }

    private static bool Contains(IReadOnlyList<string> values, string value)
    {
        foreach (string v in values)
            if (string.Equals(v, value, StringComparison.Ordinal))
                return true;
        return false;
    }
}
