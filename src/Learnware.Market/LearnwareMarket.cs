using System.Text;
using Learnware.Checking;
using Learnware.Market.Index;
using Learnware.Market.Search;
using Learnware.Market.Storage;
using Learnware.Packaging;
using Learnware.Specifications;
using Learnware.Specifications.Semantic;

namespace Learnware.Market;

/// <summary>
/// A learnware market: submissions are checked with the same <see cref="LearnwareChecker"/> a developer runs
/// locally, stored as immutable versions, and searched semantically and statistically over the latest usable
/// version of every learnware.
/// </summary>
public sealed class LearnwareMarket : IDisposable
{
    private readonly LearnwareChecker _checker;
    private readonly LearnwareSearcher _searcher = new();
    private readonly IslandIndexCache _indexes = new();
    private readonly MeaningEmbeddings? _meaning;

    private LearnwareMarket(MarketStore store, LearnwareChecker checker, IndexedRankingOptions ranking, MeaningEmbeddings? meaning)
    {
        Store = store;
        _checker = checker;
        RankingOptions = ranking;
        _meaning = meaning;
    }

    /// <summary>The storage underneath.</summary>
    public MarketStore Store { get; }

    /// <summary>
    /// Opens (creating if needed) the market described by <paramref name="options"/>. With <paramref name="meaning"/>,
    /// a search text also finds the learnwares whose name and description mean the same (see <see cref="MeaningFilter"/>);
    /// their vectors are stored per version in the market folder.
    /// </summary>
    public static async Task<LearnwareMarket> OpenAsync(MarketStoreOptions options, CheckOptions? checks = null,
        IndexedRankingOptions? ranking = null, CancellationToken cancellationToken = default, ISentenceEmbedder? meaning = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ranking ??= new IndexedRankingOptions();
        ranking.Validate();
        return new(await MarketStore.OpenAsync(options, cancellationToken).ConfigureAwait(false), new LearnwareChecker(checks), ranking,
            meaning is null ? null : new MeaningEmbeddings(options.Root, meaning));
    }

    /// <summary>Checks a package and stores it as a new learnware (usable or rejected, with the check log).</summary>
    public Task<SubmissionResult> AddAsync(byte[] package, string owner, CancellationToken cancellationToken = default) =>
        SubmitAsync(package, submission => Store.AddAsync(owner, submission, cancellationToken));

    /// <summary>Checks a package and stores it as the next version of learnware <paramref name="id"/>.</summary>
    public Task<SubmissionResult> UpdateAsync(string id, byte[] package, CancellationToken cancellationToken = default) =>
        SubmitAsync(package, submission => Store.UpdateAsync(id, submission, cancellationToken));

    /// <summary>Removes a learnware with all its versions; false if there is none with that id.</summary>
    public Task<bool> RemoveAsync(string id, CancellationToken cancellationToken = default) =>
        Store.DeleteAsync(id, cancellationToken);

    /// <summary>The latest version of every learnware, whatever its status.</summary>
    public async Task<IReadOnlyList<StoredLearnware>> ListAsync(CancellationToken cancellationToken = default)
    {
        const int Page = 500;
        var all = new List<StoredLearnware>();
        for (int offset = 0; ; offset += Page)
        {
            var page = await Store.ListAsync(offset, Page, cancellationToken).ConfigureAwait(false);
            all.AddRange(page);
            if (page.Count < Page)
                return all;
        }
    }

    /// <summary>
    /// The package of a learnware: a given version, or else the version search serves (the latest usable one,
    /// or the latest when none is usable). Null when there is no such learnware or version.
    /// </summary>
    public async Task<(StoredLearnware Version, byte[] Package)?> GetPackageAsync(string id, int? version = null,
        CancellationToken cancellationToken = default)
    {
        StoredLearnware? chosen;
        if (version is not null)
            chosen = await Store.GetAsync(id, version, cancellationToken).ConfigureAwait(false);
        else
        {
            var versions = await Store.ListVersionsAsync(id, cancellationToken).ConfigureAwait(false);
            chosen = versions.Where(v => v.Status == LearnwareStatus.Usable).MaxBy(v => v.Version) ?? versions.MaxBy(v => v.Version);
        }
        if (chosen is null)
            return null;
        await using var stream = await Store.OpenPackageAsync(chosen.Id, chosen.Version, cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return (chosen, buffer.ToArray());
    }

    /// <summary>Searches the latest usable version of every learnware.</summary>
    public async Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var usable = await Store.ListLatestUsableAsync(
            query.Spec?.TypeName, query.Spec?.PointSize, cancellationToken).ConfigureAwait(false);
        var candidates = usable.Select(ToCandidate).ToArray();
        var meaning = MeaningOf(query, usable);
        // The sketch index maps the RBF kernel of tables; other kinds' islands are ranked exactly.
        if (query.Spec is RkmeTableSpecification user && candidates.Length > RankingOptions.ExactThreshold)
            return SearchLargeIsland(query, user, usable, candidates, meaning);
        return _searcher.Search(query, candidates, meaning);
    }

    /// <summary>The search text's vector and the candidates', when the market searches by meaning and there is a text.</summary>
    private MeaningQuery? MeaningOf(SearchQuery query, IReadOnlyList<StoredLearnware> usable)
    {
        if (_meaning is null || query.SearchText is not { } text || usable.Count == 0)
            return null;
        return new MeaningQuery(_meaning.Embedder.Embed([text]), _meaning.For(usable));
    }

    /// <summary>Settings of the sketch index used for islands above <see cref="IndexedRankingOptions.ExactThreshold"/>.</summary>
    public IndexedRankingOptions RankingOptions { get; }

    /// <summary>
    /// For a large island: the semantic filter on every learnware, then the matches nearest to the user by sketch
    /// distance, reranked by exact MMD², enough of them for the single list and the mixture's candidates; the exact
    /// statistical search runs on that shortlist. Scores are normalised over the shortlist rather than the whole island.
    /// </summary>
    private SearchResult SearchLargeIsland(SearchQuery query, RkmeTableSpecification user, IReadOnlyList<StoredLearnware> usable,
        SearchCandidate[] candidates, MeaningQuery? meaning)
    {
        var matches = SemanticSearcher.Search(query.Semantic, query.SearchText, candidates, meaning);
        if (matches.Count == 0)
            return SearchResult.Empty;
        var stamp = string.Join(",", usable.Select(l => $"{l.Id}:{l.Version}"));
        var index = _indexes.Get(user.Dimension, user.Gamma, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(stamp))), candidates);
        var byId = candidates.ToDictionary(c => c.Id);
        var matching = matches.Select(c => c.Id).ToHashSet();
        int wanted = Math.Max(query.Top, query.MaxMixture * query.MaxMixture);
        var ranked = new IndexedStatisticalRanking(index, id => byId.GetValueOrDefault(id)?.Spec as RkmeTableSpecification, RankingOptions)
            .Rank(user, Math.Max(wanted * 4, RankingOptions.MinimumRerank));
        var shortlist = ranked.Where(r => matching.Contains(r.Id)).Take(wanted).Select(r => byId[r.Id]).ToArray();
        // Too selective a semantic filter for the shortlist: rank all its matches exactly instead.
        IReadOnlyList<SearchCandidate> pool = shortlist.Length >= Math.Min(wanted, matches.Count) ? shortlist : matches;
        return StatisticalSearcher.Search(user, pool, query.Top, query.MaxMixture, query.Method);
    }

    private static SearchCandidate ToCandidate(StoredLearnware stored) => new(
        stored.Id,
        stored.Name,
        SemanticJson.Parse(stored.SemanticJson),
        StatSpecificationJson.IsKnown(stored.SpecType) ? StatSpecificationJson.Parse(stored.SpecJson) : null);

    private async Task<SubmissionResult> SubmitAsync(byte[] bytes, Func<SubmittedVersion, Task<StoredLearnware>> store)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        LearnwarePackage package;
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            package = new LearnwarePackageReader().Read(stream);
        }
        catch (PackageFormatException e)
        {
            return new SubmissionResult(null, new CheckReport([new CheckResult("package", CheckStatus.Failed, e.Message)]));
        }
        var report = _checker.Check(package);
        var semanticJson = package.SemanticSpecificationJson;
        var statFile = package.Manifest.StatSpecifications[0];
        var specJson = package.StatSpecificationJson(statFile.File);
        var submission = new SubmittedVersion
        {
            PackageBytes = bytes,
            SemanticJson = semanticJson,
            Name = NameOf(semanticJson),
            SpecJson = specJson,
            SpecType = statFile.Type,
            SpecDimension = DimensionOf(specJson),
            CheckReport = report,
        };
        return new SubmissionResult(await store(submission).ConfigureAwait(false), report);
    }

    private static string NameOf(string semanticJson)
    {
        try
        {
            return SemanticJson.Parse(semanticJson).Name;
        }
        catch (SpecificationException)
        {
            return "";
        }
    }

    private static int DimensionOf(string specJson)
    {
        try
        {
            return StatSpecificationJson.Parse(Encoding.UTF8.GetBytes(specJson)).PointSize;
        }
        catch (SpecificationException)
        {
            return 0;
        }
    }

    /// <summary>Closes the store and drops the indexes.</summary>
    public void Dispose()
    {
        _indexes.Dispose();
        Store.Dispose();
    }
}
