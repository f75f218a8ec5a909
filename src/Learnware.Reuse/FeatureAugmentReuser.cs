using System.Numerics.Tensors;
using Learnware.Models;
using Learnware.Numerics;
using Learnware.Packaging;
using Learnware.Specifications;

namespace Learnware.Reuse;

/// <summary>
/// Appends the learnwares' outputs to the user's features and fits a simple model on the user's labelled rows:
/// ridge regression (penalty by leave-one-out error) or logistic regression (C by cross-validated log-loss).
/// </summary>
/// <remarks>
/// A classifier contributes its class probabilities (one-hot labels if it gives none), a regressor or feature
/// extractor its values. Missing cells are filled with the column means of the fitting rows, on a copy (the
/// reference fills the caller's array in place). Columns are standardised on the fitting rows so that one penalty
/// suits features of any scale: raw features and probabilities in [0, 1] side by side.
/// <para>
/// The logistic regression's C is chosen by cross-validated log-loss, not by accuracy as the reference does: on a few
/// dozen labelled rows the held-out accuracy moves in steps of a whole row, many C tie, the tie goes to the smallest
/// C, and the model comes out so strongly penalised that its probabilities are flat and it loses to a plain logistic
/// regression on the raw rows. The log-loss has no such plateaus.
/// </para>
/// </remarks>
public sealed class FeatureAugmentReuser : IReuser
{
    private readonly ReusableLearnware[] _learnwares;
    private readonly FeatureAugmentOptions _options;
    private double[]? _fillValues;
    private Standardizer? _standardizer;
    private RidgeRegressionCv? _ridge;
    private LogisticRegressionCv? _logistic;
    private int _classCount;
    private int _width;

    /// <summary>
    /// Augments with <paramref name="learnwares"/>; the task defaults to that of the learnwares (all classifiers or
    /// all regressors) and must be given when they include feature extractors.
    /// </summary>
    public FeatureAugmentReuser(IReadOnlyList<ReusableLearnware> learnwares, ReuseTask? task = null,
        FeatureAugmentOptions? options = null)
    {
        _learnwares = LearnwareList.Require(learnwares);
        Task = task ?? LearnwareList.TaskOf(_learnwares);
        _options = options ?? new FeatureAugmentOptions();
        _options.Validate();
    }

    /// <summary>What the fitted model predicts.</summary>
    public ReuseTask Task { get; }

    /// <summary>True once <see cref="Fit"/> has run.</summary>
    public bool IsFitted => _standardizer is not null;

    /// <summary>
    /// Fits on labelled rows: class labels (whole numbers ≥ 0) for classification, one target per row for regression.
    /// Returns this reuser.
    /// </summary>
    public FeatureAugmentReuser Fit(DenseMatrix x, double[] y)
    {
        Targets.Check(x, y);
        var filled = MissingValues.Fill(x);
        _fillValues = ColumnMeans(filled);
        var augmented = Augment(filled);
        _width = augmented.Columns;
        _standardizer = new Standardizer(augmented, _options.Standardize);
        var features = _standardizer.Transform(augmented);
        if (Task == ReuseTask.Regression)
        {
            _ridge = RidgeRegressionCv.Fit(features, y, _options.Alphas);
            return this;
        }
        var labels = Targets.Labels(y);
        _classCount = Math.Max(LearnwareList.ClassCount(_learnwares), labels.Max() + 1);
        _logistic = LogisticRegressionCv.Fit(features, labels, _options.Cs, _options.Folds, _options.MaximumIterations, _options.Seed, _options.Scoring);
        return this;
    }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException"><see cref="Fit"/> has not run.</exception>
    public Prediction Predict(DenseMatrix x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (_standardizer is null || _fillValues is null)
            throw new InvalidOperationException("feature augmentation must be fitted on labelled rows before it predicts");
        if (x.Columns != _fillValues.Length)
            throw new ArgumentException($"the reuser was fitted on {_fillValues.Length} features, the data has {x.Columns}", nameof(x));
        var augmented = Augment(Fill(x, _fillValues));
        if (augmented.Columns != _width)
            throw new InvalidOperationException(
                $"the learnwares now give {augmented.Columns - x.Columns} outputs per row, not the {_width - x.Columns} seen when fitting");
        var features = _standardizer.Transform(augmented);
        if (_ridge is not null)
            return new Prediction(ModelKind.Regressor, null, null, new DenseMatrix(_ridge.Predict(features), x.Rows, 1));
        var probabilities = _logistic!.PredictProbabilities(features, _classCount);
        var labels = new int[x.Rows];
        for (int r = 0; r < x.Rows; r++)
            labels[r] = PredictionReader.ArgMax(probabilities.Row(r));
        return new Prediction(ModelKind.Classifier, labels, probabilities, null);
    }

    /// <summary>[x, output of learnware 1, ..., output of learnware M], row by row.</summary>
    private DenseMatrix Augment(DenseMatrix x)
    {
        var blocks = new List<DenseMatrix> { x };
        foreach (var learnware in _learnwares)
        {
            var prediction = PredictionReader.Predict(learnware, x);
            blocks.Add(learnware.Kind == ModelKind.Classifier
                ? PredictionReader.Probabilities(prediction, Math.Max(learnware.ClassCount, prediction.Probabilities?.Columns ?? 0), learnware.Id)
                : PredictionReader.Values(prediction, learnware.Id));
        }
        int width = blocks.Sum(b => b.Columns);
        var data = new double[x.Rows * width];
        for (int r = 0; r < x.Rows; r++)
        {
            int offset = r * width;
            foreach (var block in blocks)
            {
                block.Row(r).CopyTo(data.AsSpan(offset, block.Columns));
                offset += block.Columns;
            }
        }
        return new DenseMatrix(data, x.Rows, width);
    }

    private static double[] ColumnMeans(DenseMatrix x)
    {
        var means = new double[x.Columns];
        for (int r = 0; r < x.Rows; r++)
            TensorPrimitives.Add(means, x.Row(r), means);
        TensorPrimitives.Divide(means, x.Rows, means);
        return means;
    }

    private static DenseMatrix Fill(DenseMatrix x, double[] values)
    {
        var data = (double[])x.Data.Clone();
        for (int i = 0; i < data.Length; i++)
            if (!double.IsFinite(data[i])) data[i] = values[i % x.Columns];
        return new DenseMatrix(data, x.Rows, x.Columns);
    }
}
