using System.Diagnostics;
using System.Globalization;
using Learnware.Market;
using Learnware.Market.Search;
using Learnware.Market.Storage;
using Learnware.Models;
using Learnware.Numerics;
using Learnware.Packaging;
using Learnware.Protocol.Data;
using Learnware.Protocol.Modalities;
using Learnware.Reuse;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Learnware.Protocol.Running;

/// <summary>
/// Runs the protocol on one scenario: every source's learnware is trained, packed and added through a fresh market
/// like any upload; each user makes a specification of their rows, searches, and scores what the market gives them
/// without labels (Mean and Best in market, Top-1, Job selector, Average ensemble, identification) and with labels
/// (curves over labelled sizes for their own model, feature augmentation and ensemble pruning).
/// </summary>
public sealed class ProtocolRunner(ILogger<ProtocolRunner>? logger = null)
{
    private const string Owner = "protocol";

    // The users draw from up to three sources, so the search may return a mixture of three.
    private const int MaxMixture = 3;

    private readonly ILogger _logger = logger ?? NullLogger<ProtocolRunner>.Instance;

    /// <summary>Runs <paramref name="scenario"/> at <paramref name="scale"/>; the market lives under <paramref name="workFolder"/>.</summary>
    public async Task<ScenarioResult> RunAsync(ProtocolScenario scenario, ProtocolScale scale, string workFolder, int seed,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(scale);
        scale = scenario.Scale ?? scale;
        var watch = Stopwatch.StartNew();
        var root = Path.Combine(workFolder, "market-" + scenario.Name);
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        using var market = await LearnwareMarket.OpenAsync(new MarketStoreOptions { Root = root }, cancellationToken: cancellationToken).ConfigureAwait(false);

        var sourceOfId = new Dictionary<string, int>();
        for (int s = 0; s < scenario.Sources.Count; s++)
        {
            var package = scenario.Trainer.TrainPackage(scenario.Sources[s], scenario.ClassCount, seed + s);
            var submission = await market.AddAsync(package, Owner, cancellationToken).ConfigureAwait(false);
            if (!submission.Usable)
                throw new InvalidOperationException(
                    $"{scenario.Name}: the market rejected the learnware of '{scenario.Sources[s].Name}': {string.Join("; ", submission.Report.Failures)}");
            sourceOfId[submission.Stored!.Id] = s;
            _logger.LogInformation("{Scenario}: added the learnware of {Source} as {Id}", scenario.Name, scenario.Sources[s].Name, submission.Stored.Id);
        }
        using var learnwares = await OpenAllAsync(market, sourceOfId.Keys, cancellationToken).ConfigureAwait(false);
        var byId = learnwares.ToDictionary(l => l.Id);

        // The pool is twice the largest labelled size, so that repeats draw different labelled rows.
        var users = scenario.Users?.Invoke(seed)
            ?? UserFactory.Create(scenario.Sources, scale.UsersPerScenario, scale.UserTestRows, 2 * scale.LabelledSizes.Max(), seed);
        var results = new List<UserResult>();
        var curves = ScenarioResult.LabelledMethods.ToDictionary(m => m, _ => scale.LabelledSizes.Select(_ => new double[scale.Repeats]).ToArray());
        var labelledUsers = new int[scale.LabelledSizes.Count];
        for (int u = 0; u < users.Count; u++)
        {
            var user = users[u];
            var spec = scenario.Trainer.UserSpecification(user.Test.Features);
            var found = await market.SearchAsync(new SearchQuery { Spec = spec, MaxMixture = MaxMixture }, cancellationToken).ConfigureAwait(false);
            if (found.Single.Count == 0)
                throw new InvalidOperationException($"{scenario.Name}: the search found nothing for {user.Name}");
            var top = byId[found.Single[0].Id];
            var mixture = (found.Mixture?.Ids ?? [top.Id]).Select(id => byId[id]).ToArray();
            results.Add(Unlabelled(scenario, user, learnwares, top, mixture, sourceOfId));
            _logger.LogInformation("{Scenario}: {User} done", scenario.Name, user.Name);

            if (u >= scale.LabelledUsers) continue;
            for (int i = 0; i < scale.LabelledSizes.Count; i++)
            {
                int size = scale.LabelledSizes[i];
                if (size > user.Pool.Rows) continue;
                labelledUsers[i]++;
                for (int repeat = 0; repeat < scale.Repeats; repeat++)
                {
                    var labelled = Draw(user.Pool, size, new Random(DrawSeed(seed, u, size, repeat)));
                    var scores = Labelled(scenario, user, labelled, top, mixture, seed + repeat);
                    foreach (var (method, score) in scores)
                        curves[method][i][repeat] += score;
                }
            }
        }

        var points = curves.ToDictionary(c => c.Key, c => (IReadOnlyList<CurvePoint>)[.. scale.LabelledSizes
            .Select((size, i) => (size, i)).Where(p => labelledUsers[p.i] > 0)
            .Select(p => new CurvePoint(p.size, [.. c.Value[p.i].Select(total => total / labelledUsers[p.i])]))]);
        return new ScenarioResult(scenario, sourceOfId.Count, results, points, watch.Elapsed.TotalSeconds);
    }

    private static UserResult Unlabelled(ProtocolScenario scenario, UserTask user, IReadOnlyList<ReusableLearnware> learnwares,
        ReusableLearnware top, ReusableLearnware[] mixture, IReadOnlyDictionary<string, int> sourceOfId)
    {
        var metric = scenario.Metric;
        var truth = user.Test.Targets;
        var x = user.Test.Features;
        var predictions = learnwares.Select(l => l.Model.Predict(x)).ToArray();
        var each = predictions.Select(p => metric.Score(p, truth)).ToArray();
        var indexOfSource = learnwares.Select((l, i) => (sourceOfId[l.Id], i)).ToDictionary(p => p.Item1, p => p.i);
        double oracle = metric.Score(Routed(predictions, [.. user.TestSources.Select(s => indexOfSource[s])]), truth);
        double best = each.Aggregate((a, b) => metric.Better(a, b));
        // The top-ranked learnware is one of the market's, already scored above.
        double topScore = each[indexOfSource[sourceOfId[top.Id]]];
        double selector = metric.Score(new JobSelectorReuser(mixture).Fit(x).Predict(x), truth);
        var mode = scenario.ClassCount > 0 ? AveragingMode.VoteByProbability : AveragingMode.Mean;
        double average = metric.Score(new AveragingReuser(mixture, mode).Predict(x), truth);
        string Source(ReusableLearnware l) => scenario.Sources[sourceOfId[l.Id]].Name;
        string sources = user.Composition ?? string.Join(" + ", user.Sources.Select((s, i) =>
            string.Create(CultureInfo.InvariantCulture, $"{scenario.Sources[s].Name} ({user.Shares[i]:P0})")));
        return new UserResult(user.Name, sources, each.Average(), best, topScore, selector, average, oracle, Source(top),
            user.IsIdentifiedBy(sourceOfId[top.Id]), string.Join(" + ", mixture.Select(Source)));
    }

    /// <summary>Row r of the result is row r of <paramref name="predictions"/>[<paramref name="chosen"/>[r]] (labels or values).</summary>
    private static Prediction Routed(Prediction[] predictions, int[] chosen)
    {
        if (predictions[0].Labels is not null)
            return new Prediction(ModelKind.Classifier, [.. chosen.Select((p, r) => predictions[p].Labels![r])], null, null);
        return new Prediction(ModelKind.Regressor, null, null, new DenseMatrix([.. chosen.Select((p, r) => predictions[p].Values!.Row(r)[0])], chosen.Length, 1));
    }

    private static IEnumerable<(string Method, double Score)> Labelled(ProtocolScenario scenario, UserTask user, LabelledTable labelled,
        ReusableLearnware top, ReusableLearnware[] mixture, int seed)
    {
        var metric = scenario.Metric;
        var (x, truth) = (user.Test.Features, user.Test.Targets);
        var own = scenario.Trainer.TrainUserModel(labelled, scenario.ClassCount, seed);
        yield return (ScenarioResult.LabelledMethods[0], metric.Score(own.Predict(x), truth));
        var task = scenario.ClassCount > 0 ? ReuseTask.Classification : ReuseTask.Regression;
        var augment = new FeatureAugmentReuser([top], task, (scenario.Augmentation ?? new FeatureAugmentOptions()) with { Seed = seed }).Fit(labelled.Features, labelled.Targets);
        yield return (ScenarioResult.LabelledMethods[1], metric.Score(augment.Predict(x), truth));
        // A mixture of one has nothing to prune: the reference then reuses the single learnware.
        Prediction pruned = mixture.Length > 1
            ? new EnsemblePruningReuser(mixture, new EnsemblePruningOptions { Seed = seed }).Fit(labelled.Features, labelled.Targets).Predict(x)
            : mixture[0].Model.Predict(x);
        yield return (ScenarioResult.LabelledMethods[2], metric.Score(pruned, truth));
    }

    /// <summary>
    /// The seed of one draw of labelled rows. It must be the same in every process, so neither HashCode nor a string's
    /// hash code (both seeded at random per process) may enter it: the curves would change from run to run.
    /// </summary>
    internal static int DrawSeed(int seed, int user, int size, int repeat) =>
        unchecked(((seed * 1_000_003 + user) * 1_000_003 + size) * 1_000_003 + repeat);

    private static LabelledTable Draw(LabelledTable pool, int size, Random random)
    {
        var rows = Enumerable.Range(0, pool.Rows).ToArray();
        random.Shuffle(rows);
        return pool.Select(rows[..size]);
    }

    private static async Task<LearnwareSet> OpenAllAsync(LearnwareMarket market, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var opened = new List<ReusableLearnware>();
        try
        {
            foreach (var id in ids)
            {
                var fetched = await market.GetPackageAsync(id, cancellationToken: cancellationToken).ConfigureAwait(false)
                    ?? throw new InvalidOperationException($"learnware {id} vanished from the market");
                using var stream = new MemoryStream(fetched.Package);
                opened.Add(ReusableLearnware.FromPackage(new LearnwarePackageReader().Read(stream), id));
            }
            return new LearnwareSet(opened);
        }
        catch
        {
            foreach (var learnware in opened) learnware.Dispose();
            throw;
        }
    }
}
