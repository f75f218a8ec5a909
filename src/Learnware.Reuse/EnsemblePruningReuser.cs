using Learnware.Models;
using Learnware.Numerics;

namespace Learnware.Reuse;

/// <summary>
/// Chooses, on the user's labelled rows, the subset of learnwares whose vote (classification) or mean (regression)
/// to use: MDEP, margin-distribution-guided multi-objective evolutionary ensemble pruning.
/// </summary>
/// <remarks>
/// NSGA-II minimises the spread of the vote margins, the error and the size for classification, and the error and
/// the size for regression, over subsets of at least two learnwares; the final pick is the front member with the
/// least error, then the fewest learnwares. The full ensemble is one of the starting subsets, and survival is
/// elitist, so the pick never does worse than the full ensemble on the rows it was fitted on. A single learnware is
/// returned as is (the reference's repair loop never ends when M = 1).
/// </remarks>
public sealed class EnsemblePruningReuser : IReuser
{
    private const int RandomOneHotSeeds = 8;
    private readonly ReusableLearnware[] _learnwares;
    private readonly EnsemblePruningOptions _options;
    private int[] _selected;

    /// <summary>Prunes among <paramref name="learnwares"/>; until <see cref="Fit"/>, every one is used.</summary>
    public EnsemblePruningReuser(IReadOnlyList<ReusableLearnware> learnwares, EnsemblePruningOptions? options = null)
    {
        _learnwares = LearnwareList.Require(learnwares);
        Task = LearnwareList.TaskOf(_learnwares);
        _options = options ?? new EnsemblePruningOptions();
        _options.Validate();
        _selected = [.. Enumerable.Range(0, _learnwares.Length)];
    }

    /// <summary>Classification or regression, from the learnwares' kind.</summary>
    public ReuseTask Task { get; }

    /// <summary>Indices of the learnwares in use, ascending.</summary>
    public IReadOnlyList<int> SelectedIndices => _selected;

    /// <summary>
    /// Chooses the subset on labelled rows: class labels (whole numbers ≥ 0) for classification, one target per row
    /// for regression. Returns this reuser.
    /// </summary>
    public EnsemblePruningReuser Fit(DenseMatrix x, double[] y)
    {
        Targets.Check(x, y);
        int m = _learnwares.Length;
        if (m == 1)
        {
            _selected = [0];
            return this;
        }
        var objectives = Objectives(x, y);
        var random = new Random(_options.Seed);
        int population = _options.PopulationSize > 0 ? _options.PopulationSize : Math.Max(20, 2 * m);
        var search = new Nsga2(objectives, m, population, random);
        var front = search.Run(Seeds(objectives, m, random), _options.Generations);
        var best = front
            .OrderBy(c => c.Objectives[objectives.ErrorIndex])
            .ThenBy(c => c.Objectives[^1])
            .ThenBy(c => c.Objectives[0])
            .First();
        _selected = [.. Enumerable.Range(0, m).Where(i => best.Genes[i])];
        return this;
    }

    /// <inheritdoc />
    public Prediction Predict(DenseMatrix x)
    {
        var chosen = _selected.Select(i => _learnwares[i]).ToArray();
        var mode = Task == ReuseTask.Regression ? AveragingMode.Mean : AveragingMode.VoteByLabel;
        return new AveragingReuser(chosen, mode).Predict(x);
    }

    private IPruningObjectives Objectives(DenseMatrix x, double[] y)
    {
        var predictions = _learnwares.Select(l => PredictionReader.Predict(l, x)).ToArray();
        if (Task == ReuseTask.Regression)
        {
            var columns = predictions.Select((p, i) =>
            {
                var values = PredictionReader.Values(p, _learnwares[i].Id);
                return values.Columns == 1
                    ? values.Data
                    : throw new InvalidOperationException(
                        $"learnware '{_learnwares[i].Id}' gives {values.Columns} outputs per row; pruning fits one target");
            }).ToArray();
            return new RegressionObjectives(columns, y);
        }
        var labels = Targets.Labels(y);
        var votes = predictions.Select((p, i) => PredictionReader.Labels(p, _learnwares[i].Id)).ToArray();
        int classCount = new[] { LearnwareList.ClassCount(_learnwares), labels.Max() + 1 }
            .Concat(votes.Select(v => v.DefaultIfEmpty(0).Max() + 1)).Max();
        if (votes.Any(v => v.Any(label => label < 0)))
            throw new InvalidOperationException("a learnware predicted a negative class label");
        return new ClassificationObjectives(votes, labels, classCount);
    }

    /// <summary>
    /// The reference's starting subsets (the single learnware best on the first objective, the one best on the
    /// error, then random single learnwares; repair grows each to two members) and the full ensemble.
    /// </summary>
    private static IEnumerable<bool[]> Seeds(IPruningObjectives objectives, int m, Random random)
    {
        var singles = Enumerable.Range(0, m).Select(i => objectives.Evaluate(OneHot(m, i))).ToArray();
        yield return Enumerable.Repeat(true, m).ToArray();
        yield return OneHot(m, ArgMin(singles, 0));
        yield return OneHot(m, ArgMin(singles, objectives.ErrorIndex));
        for (int k = 0; k < RandomOneHotSeeds; k++)
            yield return OneHot(m, random.Next(m));
    }

    private static bool[] OneHot(int m, int i)
    {
        var genes = new bool[m];
        genes[i] = true;
        return genes;
    }

    private static int ArgMin(double[][] values, int objective)
    {
        int best = 0;
        for (int i = 1; i < values.Length; i++)
            if (values[i][objective] < values[best][objective]) best = i;
        return best;
    }
}
