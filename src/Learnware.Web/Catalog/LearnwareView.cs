using Learnware.Market.Storage;
using Learnware.Specifications.Semantic;

namespace Learnware.Web.Catalog;

/// <summary>A learnware as the pages show it: the version shown, its semantic specification and every version.</summary>
public sealed record LearnwareView(StoredLearnware Shown, SemanticSpecification Semantic, IReadOnlyList<StoredLearnware> Versions)
{
    /// <summary>The status of the shown version in lower case, as the API spells it.</summary>
    public string Status => Shown.Status.ToString().ToLowerInvariant();

    /// <summary>Every tag value with its key, in the vocabulary's order of keys.</summary>
    public IEnumerable<(string Key, string Value)> Tags =>
        Semantic.Data.Select(v => ("Data", v))
            .Concat(Semantic.Task.Select(v => ("Task", v)))
            .Concat(Semantic.Library.Select(v => ("Library", v)))
            .Concat(Semantic.Scenario.Select(v => ("Scenario", v)))
            .Concat(Semantic.License.Select(v => ("License", v)));
}
