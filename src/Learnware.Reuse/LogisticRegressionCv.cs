using System.Numerics.Tensors;
using Learnware.Numerics;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Learnware.Reuse;

/// <summary>
/// Multinomial logistic regression with L2 penalty, its inverse strength C chosen by stratified k-fold log-loss or
/// accuracy and then refitted on every row, as sklearn's LogisticRegressionCV does.
/// </summary>
/// <remarks>
/// ML.NET's L-BFGS maximum-entropy trainer minimises (Σ loss + ½λ‖w‖²) / n with unpenalised biases: both terms are
/// divided by the row count, so the optimum is that of Σ loss + ½λ‖w‖², and λ = 1/C fits sklearn's
/// C·Σ loss + ½‖w‖² exactly (no factor n). Ties go to the smaller C.
/// </remarks>
internal sealed class LogisticRegressionCv
{
    // Floor of a held-out probability in the log-loss, so that one confident miss scores a large but finite loss.
    private const double MinimumProbability = 1e-15;

    private readonly MLContext _ml;
    private readonly ITransformer? _model;
    private readonly int[] _classes;

    private LogisticRegressionCv(MLContext ml, ITransformer? model, int[] classes, double c)
    {
        _ml = ml;
        _model = model;
        _classes = classes;
        C = c;
    }

    /// <summary>The chosen C (NaN when the rows hold a single class and nothing was fitted).</summary>
    public double C { get; }

    /// <summary>Fits on <paramref name="x"/> with labels ≥ 0; <paramref name="cs"/> in the order ties are settled.</summary>
    public static LogisticRegressionCv Fit(DenseMatrix x, int[] labels, IReadOnlyList<double> cs, int folds, int maxIterations, int seed,
        CScoring scoring = CScoring.LogLoss)
    {
        var ml = new MLContext(seed);
        var classes = labels.Distinct().Order().ToArray();
        if (classes.Length == 1)
            return new LogisticRegressionCv(ml, null, classes, double.NaN);
        var classOfRow = labels.Select(l => (float)Array.BinarySearch(classes, l)).ToArray();
        var keyMap = ClassRow.KeyMap(ml, Load(ml, x, classOfRow, [.. Enumerable.Range(0, x.Rows)]));
        double bestC = cs.Count > 1 && Math.Min(folds, x.Rows) >= 2
            ? CrossValidatedC(ml, keyMap, x, labels, classOfRow, cs, Math.Min(folds, x.Rows), maxIterations, seed, scoring)
            : cs[0];
        var all = Enumerable.Range(0, x.Rows).ToArray();
        return new LogisticRegressionCv(ml, Train(ml, keyMap, x, classOfRow, all, bestC, maxIterations), classes, bestC);
    }

    /// <summary>The C with the best held-out score summed over the folds; the first such C on ties.</summary>
    private static double CrossValidatedC(MLContext ml, ITransformer keyMap, DenseMatrix x, int[] labels, float[] classOfRow,
        IReadOnlyList<double> cs, int folds, int maxIterations, int seed, CScoring scoring)
    {
        var fold = StratifiedFolds(labels, folds, new Random(seed));
        double bestC = cs[0];
        double bestScore = double.NegativeInfinity;
        foreach (double c in cs)
        {
            double score = 0;
            for (int k = 0; k < folds; k++)
            {
                var train = Enumerable.Range(0, x.Rows).Where(r => fold[r] != k).ToArray();
                var test = Enumerable.Range(0, x.Rows).Where(r => fold[r] == k).ToArray();
                if (train.Length == 0 || test.Length == 0)
                    continue;
                var scores = Scores(ml, Train(ml, keyMap, x, classOfRow, train, c, maxIterations), x, test);
                for (int i = 0; i < test.Length; i++)
                {
                    int truth = (int)classOfRow[test[i]];
                    score += scoring == CScoring.Accuracy
                        ? (TensorPrimitives.IndexOfMax(scores[i]) == truth ? 1 : 0)
                        : Math.Log(Math.Max(scores[i][truth], MinimumProbability));
                }
            }
            if (score > bestScore)
            {
                bestScore = score;
                bestC = c;
            }
        }
        return bestC;
    }

    /// <summary>Probabilities over class labels 0..<paramref name="classCount"/>−1, one row per row of <paramref name="x"/>.</summary>
    public DenseMatrix PredictProbabilities(DenseMatrix x, int classCount)
    {
        var result = new double[x.Rows * classCount];
        if (_model is null)
        {
            for (int r = 0; r < x.Rows; r++) result[r * classCount + _classes[0]] = 1;
            return new DenseMatrix(result, x.Rows, classCount);
        }
        var scores = Scores(_ml, _model, x, [.. Enumerable.Range(0, x.Rows)]);
        for (int r = 0; r < x.Rows; r++)
            for (int k = 0; k < _classes.Length; k++)
                result[r * classCount + _classes[k]] = scores[r][k];
        return new DenseMatrix(result, x.Rows, classCount);
    }

    /// <summary>Fold of each row: the rows of each class, shuffled, dealt round the folds in turn.</summary>
    private static int[] StratifiedFolds(int[] labels, int folds, Random random)
    {
        var fold = new int[labels.Length];
        int next = 0;
        foreach (var group in labels.Select((label, row) => (label, row)).GroupBy(p => p.label).OrderBy(g => g.Key))
        {
            var rows = group.Select(p => p.row).ToArray();
            random.Shuffle(rows);
            foreach (int row in rows)
                fold[row] = next++ % folds;
        }
        return fold;
    }

    private static ITransformer Train(MLContext ml, ITransformer keyMap, DenseMatrix x, float[] classOfRow, int[] rows, double c, int maxIterations)
    {
        var trainer = ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            L2Regularization = (float)(1 / c),
            L1Regularization = 0,
            MaximumNumberOfIterations = maxIterations,
            NumberOfThreads = 1,
        });
        return trainer.Fit(keyMap.Transform(Load(ml, x, classOfRow, rows)));
    }

    private static float[][] Scores(MLContext ml, ITransformer model, DenseMatrix x, int[] rows)
    {
        var scored = model.Transform(Load(ml, x, null, rows));
        return [.. scored.GetColumn<VBuffer<float>>(scored.Schema["Score"]).Select(v => v.DenseValues().ToArray())];
    }

    private static IDataView Load(MLContext ml, DenseMatrix x, float[]? classOfRow, int[] rows) =>
        ml.Data.LoadFromEnumerable(
            rows.Select(r => new ClassRow { Features = Floats(x, r), Label = classOfRow?[r] ?? 0 }), ClassRow.Schema(x.Columns));

    private static float[] Floats(DenseMatrix x, int row)
    {
        var values = new float[x.Columns];
        TensorPrimitives.ConvertTruncating<double, float>(x.Row(row), values);
        return values;
    }
}
