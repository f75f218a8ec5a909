using Learnware.Market;
using Learnware.Market.Storage;
using Learnware.Specifications.Semantic;

namespace Learnware.Web.Catalog;

/// <summary>The market as the pages read it, in-process: what anyone may see is each learnware's latest usable version.</summary>
public sealed class DockCatalog(LearnwareMarket market)
{
    /// <summary>How many of the newest learnwares the home page lists.</summary>
    public const int NewestCount = 6;

    /// <summary>Counts and the newest learnwares, over the latest usable versions.</summary>
    public async Task<DockOverview> OverviewAsync(CancellationToken cancellationToken)
    {
        var usable = await market.Store.ListLatestUsableAsync(cancellationToken: cancellationToken);
        var views = usable.Select(l => new LearnwareView(l, SemanticJson.Parse(l.SemanticJson), [l])).ToArray();
        return new DockOverview(
            views.Length,
            usable.Select(l => l.Owner).Distinct(StringComparer.Ordinal).Count(),
            CountBy(views, v => v.Semantic.Data, SemanticVocabulary.Data),
            CountBy(views, v => v.Semantic.Task, SemanticVocabulary.Task),
            views.OrderByDescending(v => v.Shown.CreatedAt).Take(NewestCount).ToArray());
    }

    /// <summary>The learnware's latest usable version with all its versions; null when it has none usable (or does not exist).</summary>
    public async Task<LearnwareView?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var versions = await market.Store.ListVersionsAsync(id, cancellationToken);
        var shown = versions.Where(v => v.Status == LearnwareStatus.Usable).MaxBy(v => v.Version);
        return shown is null ? null : new LearnwareView(shown, SemanticJson.Parse(shown.SemanticJson), versions);
    }

    /// <summary>How many learnwares carry each value of a tag, in the vocabulary's order, values no learnware carries left out.</summary>
    private static (string Value, int Count)[] CountBy(IEnumerable<LearnwareView> views, Func<LearnwareView, IReadOnlyList<string>> key,
        IReadOnlyList<string> vocabulary)
    {
        var counts = views.SelectMany(key).CountBy(v => v, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        return vocabulary.Where(counts.ContainsKey).Select(v => (v, counts[v])).ToArray();
    }
}
