using Learnware.Market;
using Learnware.Market.Search;
using Learnware.Specifications;

namespace Learnware.Web.Catalog;

/// <summary>Runs the search page's query on the market and gathers what the page shows of the results.</summary>
public sealed class DockSearch(LearnwareMarket market, DockCatalog catalog)
{
    /// <summary>How many learnwares the chart draws next to the user's specification at most.</summary>
    public const int ChartedLearnwares = 6;

    /// <summary>The page's results; <paramref name="spec"/> is the user's specification, if any.</summary>
    public async Task<SearchPageResult> SearchAsync(SearchPageQuery query, IStatSpecification? spec, CancellationToken cancellationToken)
    {
        var result = await market.SearchAsync(query.ToSearch(spec), cancellationToken);
        var onPage = result.Single.Skip(SearchPageQuery.PageSize * (query.Page - 1)).Take(SearchPageQuery.PageSize);
        var found = new List<FoundLearnware>();
        foreach (var single in onPage)
            if (await catalog.FindAsync(single.Id, cancellationToken) is { } view)
                found.Add(new FoundLearnware(single, view));

        MixtureView? mixture = null;
        if (result.Mixture is { } m)
        {
            var names = result.Single.ToDictionary(s => s.Id, s => s.Name, StringComparer.Ordinal);
            var parts = new List<MixturePart>();
            for (var i = 0; i < m.Ids.Count; i++)
            {
                var name = names.TryGetValue(m.Ids[i], out var known) ? known : (await catalog.FindAsync(m.Ids[i], cancellationToken))?.Shown.Name ?? m.Ids[i];
                parts.Add(new MixturePart(m.Ids[i], name, m.Weights[i]));
            }
            mixture = new MixtureView(parts, m.Score, m.Mmd2);
        }

        var chart = spec is null ? null : await ChartAsync(spec, result, mixture, cancellationToken);
        return new SearchPageResult(found, mixture, result.Total, result.Single.Count > SearchPageQuery.PageSize * query.Page, chart);
    }

    /// <summary>
    /// The user's specification with the mixture's learnwares (weighted by their mixture weights) or, without a
    /// mixture, the best single ones (weight 1 each), on the plane of their reduced-set points.
    /// </summary>
    private async Task<IReadOnlyList<ChartSeries>?> ChartAsync(IStatSpecification spec, SearchResult result, MixtureView? mixture,
        CancellationToken cancellationToken)
    {
        var charted = mixture is not null
            ? mixture.Parts.Select(p => (p.Id, p.Name, p.Weight))
            : result.Single.Select(s => (s.Id, s.Name, Weight: 1.0));
        var series = new List<(string Label, string? Id, double Weight, IStatSpecification Spec)> { ("Your specification", null, 1.0, spec) };
        foreach (var (id, name, weight) in charted.Take(ChartedLearnwares))
            if (await catalog.FindAsync(id, cancellationToken) is { } view)
                series.Add((name, id, weight, StatSpecificationJson.Parse(view.Shown.SpecJson)));

        var projected = SpecProjection.Project(series.Select(s => (s.Label, s.Spec)).ToArray());
        return projected?.Select((p, i) => new ChartSeries(p.Label, series[i].Id, series[i].Weight, p.Points)).ToArray();
    }
}
