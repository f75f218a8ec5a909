using Learnware.Market.Search;

namespace Learnware.Web.Catalog;

/// <summary>One learnware found, with what the page shows of it.</summary>
public sealed record FoundLearnware(SingleResult Result, LearnwareView View);

/// <summary>One learnware in the recommended mixture and its weight.</summary>
public sealed record MixturePart(string Id, string Name, double Weight);

/// <summary>The recommended mixture: its parts, score and MMD² to the user's specification.</summary>
public sealed record MixtureView(IReadOnlyList<MixturePart> Parts, double Score, double Mmd2);

/// <summary>
/// A page of search results: the learnwares on it, the mixture, how many matched the filters, whether another page
/// follows, and the plane picture of the user's specification among the learnwares (null without a specification).
/// </summary>
public sealed record SearchPageResult(
    IReadOnlyList<FoundLearnware> Found, MixtureView? Mixture, int Total, bool HasNextPage, IReadOnlyList<ChartSeries>? Chart);

/// <summary>One specification on the chart: its label, the weight it carries (1 for the user's), and its projected points.</summary>
public sealed record ChartSeries(string Label, string? LearnwareId, double Weight, IReadOnlyList<ProjectedPoint> Points);
