using Learnware.Models;
using Learnware.Numerics;
using Learnware.Specifications;
using Learnware.Specifications.Images;

namespace Learnware.Reuse;

/// <summary>Routes each user row to the one learnware whose data it most resembles, and lets that learnware predict it.</summary>
/// <remarks>
/// Fitting finds the mixture weights w of the learnwares' RKMEs that best explain the user's data (the simplex QP
/// with K_ij = &lt;L_i, L_j&gt; and C_i = &lt;u, L_i&gt;). By default each row then goes to the learnware with the
/// highest posterior w_i·p_i(x), p_i being the density of learnware i's RKME (<see cref="JobSelectorRouter.RkmeDensity"/>).
/// The reference's router (<see cref="JobSelectorRouter.HerdedLightGbm"/>) instead herds round(w_i·T) samples from
/// each RKME and trains a LightGBM multiclass selector on (herded sample → learnware index); it only approximates
/// that posterior. The selector is fitted once, by <see cref="Fit"/> or on the first <see cref="Predict"/>, and
/// reused for every later call; the reference retrains it on each call.
/// </remarks>
public sealed class JobSelectorReuser : IReuser
{
    private readonly ReusableLearnware[] _learnwares;
    private readonly IStatSpecification[] _specs;
    private readonly IReadOnlyList<int> _inputShape;
    private readonly int _inputSize;
    private readonly JobSelectorOptions _options;
    private readonly int _classCount;
    private LightGbmRouter? _router;
    private RkmeDensityRouter? _density;
    private ImageKernelRouter? _images;
    private int _onlyLearnware = -1;

    /// <summary>A job selector over <paramref name="learnwares"/>, each of which must carry a statistical
    /// specification, all of one island (kind and point shape).</summary>
    public JobSelectorReuser(IReadOnlyList<ReusableLearnware> learnwares, JobSelectorOptions? options = null)
    {
        _learnwares = LearnwareList.Require(learnwares);
        Task = LearnwareList.TaskOf(_learnwares);
        _specs = _learnwares.Select(l => l.Specification ?? throw new ArgumentException(
            $"learnware '{l.Id}' has no statistical specification, which the job selector needs", nameof(learnwares))).ToArray();
        if (_specs.Any(s => !s.SharesIslandWith(_specs[0])))
            throw new ArgumentException(_specs.All(s => s is RkmeTableSpecification)
                ? "the learnwares' specifications must all have the same dimension"
                : "the learnwares' specifications must all be of one kind and point shape", nameof(learnwares));
        _inputShape = _learnwares[0].InputShape ?? _specs[0].PointShape;
        _inputSize = _inputShape.Aggregate(1, (a, b) => a * b);
        _options = options ?? new JobSelectorOptions();
        _options.Validate();
        _classCount = LearnwareList.ClassCount(_learnwares);
    }

    /// <summary>Classification or regression, from the learnwares' kind.</summary>
    public ReuseTask Task { get; }

    /// <summary>True once the selector is trained.</summary>
    public bool IsFitted => _router is not null || _density is not null || _images is not null || _onlyLearnware >= 0;

    /// <summary>The mixture weight of each learnware for the data the selector was fitted on (empty before).</summary>
    public IReadOnlyList<double> MixtureWeights { get; private set; } = [];

    /// <summary>How many samples were herded from each learnware (empty before fitting, and with the density router).</summary>
    public IReadOnlyList<int> SampleCounts { get; private set; } = [];

    /// <summary>Trains the selector for the user's (unlabelled) rows; returns this reuser.</summary>
    public JobSelectorReuser Fit(DenseMatrix userData)
    {
        CheckData(userData);
        if (userData.Rows == 0)
            throw new ArgumentException("the selector needs at least one user row to fit on", nameof(userData));
        var points = _specs[0].ToPoints(userData, _inputShape);
        var weights = MixtureSolver.Compute(_specs, points);
        MixtureWeights = weights;
        _router = null;
        _density = null;
        _images = null;
        _onlyLearnware = -1;
        // The density router needs each specification to stand for a density: the RBF kernel of tables, or for images
        // a Gaussian of the NNGP kernel's distance (ImageKernelRouter). Other kinds route through samples herded from
        // their specifications.
        bool tables = _specs.All(s => s is RkmeTableSpecification), images = _specs.All(s => s is RkmeImageSpecification);
        if (_options.Router == JobSelectorRouter.RkmeDensity && (tables || images))
        {
            SampleCounts = [];
            if (weights.Count(w => w > 0) == 1)
                _onlyLearnware = Array.FindIndex(weights, w => w > 0);
            else if (tables)
                _density = new RkmeDensityRouter([.. _specs.Cast<RkmeTableSpecification>()], weights);
            else
                _images = new ImageKernelRouter([.. _specs.Cast<RkmeImageSpecification>()], weights);
            return this;
        }

        var counts = MixtureSolver.SampleCounts(weights, _options.HerdingCount);
        SampleCounts = counts;
        int d = points.Columns, active = counts.Count(c => c > 0);
        if (active == 1)
        {
            _onlyLearnware = Array.FindIndex(counts, c => c > 0);
            return this;
        }

        var herded = new double[_specs.Length][];
        // Each learnware herds with its own seeded generator, so the learnwares can be herded in parallel and the
        // result still depends on the seed alone.
        Parallel.For(0, _specs.Length, i =>
            herded[i] = counts[i] > 0 ? _specs[i].Herd(counts[i], new Random(unchecked(_options.Seed * 7919 + i))) : []);
        var samples = herded.SelectMany(h => h).ToArray();
        var origin = counts.SelectMany((c, i) => Enumerable.Repeat(i, c)).ToArray();
        _router = LightGbmRouter.Train(samples, origin, d, _options);
        return this;
    }

    /// <summary>The index of the learnware chosen for each row; fits on <paramref name="x"/> first if not yet fitted.</summary>
    public int[] Select(DenseMatrix x)
    {
        CheckData(x);
        if (!IsFitted)
            Fit(x);
        if (_onlyLearnware >= 0)
            return Enumerable.Repeat(_onlyLearnware, x.Rows).ToArray();
        var points = _specs[0].ToPoints(x, _inputShape);
        return _density is not null ? _density.Route(points)
            : _images is not null ? _images.Route(points)
            : _router!.Route(points);
    }

    /// <inheritdoc />
    /// <remarks>Fits on <paramref name="x"/> first if <see cref="Fit"/> was not called.</remarks>
    public Prediction Predict(DenseMatrix x)
    {
        var route = Select(x);
        var assembler = new PredictionAssembler(x.Rows, Task, _classCount);
        for (int i = 0; i < _learnwares.Length; i++)
        {
            var rows = Enumerable.Range(0, x.Rows).Where(r => route[r] == i).ToArray();
            if (rows.Length == 0)
                continue;
            var part = new double[rows.Length * x.Columns];
            for (int r = 0; r < rows.Length; r++)
                x.Row(rows[r]).CopyTo(part.AsSpan(r * x.Columns, x.Columns));
            var subset = new DenseMatrix(part, rows.Length, x.Columns);
            assembler.Add(rows, PredictionReader.Predict(_learnwares[i], subset), _learnwares[i].Id);
        }
        return assembler.Build();
    }

    private void CheckData(DenseMatrix x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Columns != _inputSize)
            throw new ArgumentException(_specs[0] is RkmeTableSpecification
                ? $"the learnwares' specifications have {_inputSize} features, the data has {x.Columns}"
                : $"the learnwares take [{string.Join(", ", _inputShape)}] ({_inputSize} values) per row, the data has {x.Columns}", nameof(x));
    }
}
