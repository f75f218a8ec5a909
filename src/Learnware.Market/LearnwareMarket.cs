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
    private readonly CandidateCache _candidates = new();
    private readonly MeaningEmbeddings? _meaning;

    private readonly CheckOptions _checkOptions;

    private LearnwareMarket(MarketStore store, CheckOptions checks, IndexedRankingOptions ranking, MeaningEmbeddings? meaning)
    {
        Store = store;
        _checkOptions = checks;
        _checker = new LearnwareChecker(checks);
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
        return new(await MarketStore.OpenAsync(options, cancellationToken).ConfigureAwait(false), checks ?? new CheckOptions(), ranking,
            meaning is null ? null : new MeaningEmbeddings(options.Root, meaning));
    }

    /// <summary>
    /// Submits a package and checks it here and now (a local market has no separate verifier): it is stored as a new
    /// learnware, usable or rejected with the check log. A package that cannot be read is not stored.
    /// </summary>
    public Task<SubmissionResult> AddAsync(byte[] package, string owner, CancellationToken cancellationToken = default) =>
        SubmitAndVerifyAsync(() => SubmitAsync(package, owner, cancellationToken), cancellationToken);

    /// <summary>As <see cref="AddAsync"/>, for the next version of learnware <paramref name="id"/>.</summary>
    public Task<SubmissionResult> UpdateAsync(string id, byte[] package, CancellationToken cancellationToken = default) =>
        SubmitAndVerifyAsync(() => SubmitVersionAsync(id, package, cancellationToken), cancellationToken);

    /// <summary>Stores a package as a new learnware, pending until a verifier records its checks.</summary>
    /// <exception cref="PackageFormatException">The package cannot be read at all; nothing is stored.</exception>
    /// <exception cref="DuplicatePackageException">The same package bytes are already in the market.</exception>
    public Task<StoredLearnware> SubmitAsync(byte[] package, string owner, CancellationToken cancellationToken = default) =>
        Store.AddAsync(owner, ReadSubmission(package), cancellationToken);

    /// <summary>Stores a package as the next version of learnware <paramref name="id"/>, pending.</summary>
    /// <exception cref="PackageFormatException">The package cannot be read at all; nothing is stored.</exception>
    /// <exception cref="LearnwareNotFoundException">No such learnware.</exception>
    /// <exception cref="DuplicatePackageException">The same package bytes are already in the market.</exception>
    public Task<StoredLearnware> SubmitVersionAsync(string id, byte[] package, CancellationToken cancellationToken = default) =>
        Store.UpdateAsync(id, ReadSubmission(package), cancellationToken);

    /// <summary>
    /// Claims the oldest pending version and verifies it (see <see cref="VerifyAsync"/>); null when none is pending.
    /// </summary>
    public async Task<SubmissionResult?> VerifyNextAsync(TimeSpan timeLimit, CancellationToken cancellationToken = default)
    {
        var claimed = await Store.ClaimNextAsync(cancellationToken).ConfigureAwait(false);
        return claimed is null ? null : await VerifyAsync(claimed, timeLimit, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs the checks on a version claimed for checking and records the outcome: usable, or rejected with the log.
    /// Checks still running after <paramref name="timeLimit"/> reject the version with that reason.
    /// </summary>
    public async Task<SubmissionResult> VerifyAsync(StoredLearnware claimed, TimeSpan timeLimit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claimed);
        byte[] bytes;
        await using (var stream = await Store.OpenPackageAsync(claimed.Id, claimed.Version, cancellationToken).ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            bytes = buffer.ToArray();
        }

        var checks = Task.Run(() =>
        {
            using var stream = new MemoryStream(bytes, writable: false);
            return _checker.Check(stream);
        }, CancellationToken.None);
        CheckReport report;
        try
        {
            report = await checks.WaitAsync(timeLimit, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            report = new CheckReport([new CheckResult("time limit", CheckStatus.Failed,
                $"the checks did not finish within {timeLimit.TotalSeconds:0.#} s")]);
        }

        var stored = await Store.CompleteCheckAsync(claimed.Id, claimed.Version, report, cancellationToken).ConfigureAwait(false);
        return new SubmissionResult(stored, report);
    }

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
        var candidates = _candidates.Get(usable, query.Spec?.PointSize);
        var meaning = MeaningOf(query, usable);
        // The sketch index maps the RBF kernel of tables; other kinds' islands are ranked exactly.
        if (query.Spec is RkmeTableSpecification user && candidates.Length > RankingOptions.ExactThreshold)
            return SearchLargeIsland(query, user, candidates, meaning);
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
    private SearchResult SearchLargeIsland(SearchQuery query, RkmeTableSpecification user, SearchCandidate[] candidates,
        MeaningQuery? meaning)
    {
        var matches = SemanticSearcher.Search(query.Semantic, query.SearchText, candidates, meaning);
        if (matches.Count == 0)
            return SearchResult.Empty;
        var island = _indexes.Get(user.Dimension, user.Gamma, candidates);
        var byId = candidates.ToDictionary(c => c.Id);
        var matching = matches.Select(c => c.Id).ToHashSet();
        int wanted = Math.Max(query.Top, query.MaxMixture * query.MaxMixture);
        var ranked = new IndexedStatisticalRanking(island.Index, island.Specification, RankingOptions)
            .Rank(user, Math.Max(wanted * 4, RankingOptions.MinimumRerank));
        // The island may already hold learnwares added after this search's listing; only the listed ones count.
        var shortlist = ranked.Where(r => matching.Contains(r.Id) && byId.ContainsKey(r.Id)).Take(wanted).Select(r => byId[r.Id]).ToArray();
        // Too selective a semantic filter for the shortlist: rank all its matches exactly instead.
        IReadOnlyList<SearchCandidate> pool = shortlist.Length >= Math.Min(wanted, matches.Count) ? shortlist : matches;
        var result = StatisticalSearcher.Search(user, pool, query.Top, query.MaxMixture, query.Method);
        // The score filter keeps a nearest-first prefix: cut inside the shortlist, it would cut farther learnwares too;
        // when it keeps the whole shortlist, the matches beyond it may pass as well, and a larger top would rank them.
        return ReferenceEquals(pool, matches) || result.Total < pool.Count ? result : result with { Total = matches.Count };
    }

    private async Task<SubmissionResult> SubmitAndVerifyAsync(Func<Task<StoredLearnware>> submit, CancellationToken cancellationToken)
    {
        StoredLearnware pending;
        try
        {
            pending = await submit().ConfigureAwait(false);
        }
        catch (PackageFormatException e)
        {
            return new SubmissionResult(null, new CheckReport([new CheckResult("package", CheckStatus.Failed, e.Message)]));
        }

        if (!await Store.ClaimAsync(pending.Id, pending.Version, cancellationToken).ConfigureAwait(false))
            throw new MarketStoreException($"learnware {pending.Id} version {pending.Version} was claimed by another verifier");
        return await VerifyAsync(pending, Timeout.InfiniteTimeSpan, cancellationToken).ConfigureAwait(false);
    }

    private SubmittedVersion ReadSubmission(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        LearnwarePackage package;
        using (var stream = new MemoryStream(bytes, writable: false))
            package = new LearnwarePackageReader(_checkOptions.Limits).Read(stream);
        var semanticJson = package.SemanticSpecificationJson;
        // The specification search and reuse work with, as the checker picks it: the first of a known RKME kind, else the first.
        var statFile = package.Manifest.StatSpecifications.FirstOrDefault(s => StatSpecificationJson.IsKnown(s.Type))
            ?? package.Manifest.StatSpecifications[0];
        var specJson = package.StatSpecificationJson(statFile.File);
        return new SubmittedVersion
        {
            PackageBytes = bytes,
            SemanticJson = semanticJson,
            Name = NameOf(semanticJson),
            SpecJson = specJson,
            SpecType = statFile.Type,
            SpecDimension = DimensionOf(specJson),
        };
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
