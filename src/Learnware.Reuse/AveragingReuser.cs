using System.Numerics.Tensors;
using Learnware.Models;
using Learnware.Numerics;
using Learnware.Packaging;

namespace Learnware.Reuse;

/// <summary>Combines every learnware's prediction by averaging or voting.</summary>
/// <remarks>
/// Unlike the reference, <see cref="AveragingMode.Mean"/> keeps one mean per output column instead of averaging all
/// columns of all models into one number, and <see cref="AveragingMode.VoteByProbability"/> averages the
/// probabilities as read through each manifest: raw scores are already turned into probabilities by softmax there,
/// and probabilities are not passed through softmax a second time.
/// </remarks>
public sealed class AveragingReuser : IReuser
{
    private readonly ReusableLearnware[] _learnwares;
    private readonly int _classCount;

    /// <summary>Averages <paramref name="learnwares"/>; without a mode, regressors take the mean and classifiers vote by probability.</summary>
    public AveragingReuser(IReadOnlyList<ReusableLearnware> learnwares, AveragingMode? mode = null)
    {
        _learnwares = LearnwareList.Require(learnwares);
        Task = LearnwareList.TaskOf(_learnwares);
        Mode = mode ?? (Task == ReuseTask.Regression ? AveragingMode.Mean : AveragingMode.VoteByProbability);
        if (Task == ReuseTask.Regression && Mode != AveragingMode.Mean)
            throw new ArgumentException($"regressors can only be averaged with {AveragingMode.Mean}, not {Mode}", nameof(mode));
        _classCount = LearnwareList.ClassCount(_learnwares);
    }

    /// <summary>The combination rule.</summary>
    public AveragingMode Mode { get; }

    /// <summary>Classification or regression, from the learnwares' kind.</summary>
    public ReuseTask Task { get; }

    /// <inheritdoc />
    public Prediction Predict(DenseMatrix x)
    {
        ArgumentNullException.ThrowIfNull(x);
        var predictions = _learnwares.Select(l => PredictionReader.Predict(l, x)).ToArray();
        if (Task == ReuseTask.Regression)
            return new Prediction(ModelKind.Regressor, null, null, MeanValues(predictions, x.Rows));
        var probabilities = Mode == AveragingMode.VoteByLabel ? VoteShares(predictions, x.Rows) : MeanProbabilities(predictions, x.Rows);
        var labels = new int[x.Rows];
        for (int r = 0; r < x.Rows; r++)
            labels[r] = PredictionReader.ArgMax(probabilities.Row(r));
        return new Prediction(ModelKind.Classifier, labels, probabilities, null);
    }

    private DenseMatrix MeanValues(Prediction[] predictions, int rows)
    {
        var first = PredictionReader.Values(predictions[0], _learnwares[0].Id);
        var sum = new double[rows * first.Columns];
        for (int i = 0; i < predictions.Length; i++)
        {
            var values = PredictionReader.Values(predictions[i], _learnwares[i].Id);
            if (values.Columns != first.Columns)
                throw new InvalidOperationException(
                    $"learnware '{_learnwares[i].Id}' gives {values.Columns} outputs per row but '{_learnwares[0].Id}' gives {first.Columns}");
            TensorPrimitives.Add(sum, values.Data, sum);
        }
        TensorPrimitives.Divide(sum, predictions.Length, sum);
        return new DenseMatrix(sum, rows, first.Columns);
    }

    private DenseMatrix MeanProbabilities(Prediction[] predictions, int rows)
    {
        var sum = new double[rows * _classCount];
        for (int i = 0; i < predictions.Length; i++)
        {
            var p = PredictionReader.Probabilities(predictions[i], _classCount, _learnwares[i].Id);
            TensorPrimitives.Add(sum, p.Data, sum);
        }
        TensorPrimitives.Divide(sum, predictions.Length, sum);
        return new DenseMatrix(sum, rows, _classCount);
    }

    /// <summary>The share of learnwares voting for each class, per row.</summary>
    private DenseMatrix VoteShares(Prediction[] predictions, int rows)
    {
        var shares = new double[rows * _classCount];
        for (int i = 0; i < predictions.Length; i++)
        {
            var labels = PredictionReader.Labels(predictions[i], _learnwares[i].Id);
            for (int r = 0; r < rows; r++)
                shares[r * _classCount + PredictionReader.CheckLabel(labels[r], _classCount, _learnwares[i].Id)]++;
        }
        TensorPrimitives.Divide(shares, predictions.Length, shares);
        return new DenseMatrix(shares, rows, _classCount);
    }
}
