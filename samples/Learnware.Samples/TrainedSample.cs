using System.Globalization;
using Learnware.MLNet;
using Learnware.Numerics;

namespace Learnware.Samples;

/// <summary>A task's model fitted on its own rows, with the rows, their targets and a held-out evaluation.</summary>
/// <param name="X">The training rows.</param>
/// <param name="Y">Their targets: class indices for classification, values for regression.</param>
/// <param name="Grades">The grading rule of a classification task; null for regression.</param>
internal sealed record TrainedSample(SampleTask Task, double[][] X, double[] Y, MlNetModel Model, string Evaluation, RiskGrades? Grades)
{
    public const int TrainingRows = 2000, HeldOutRows = 500;

    /// <summary>Draws the task's rows from stream <paramref name="stream"/> of <paramref name="seed"/>, fits and evaluates.</summary>
    public static TrainedSample Fit(SampleTask task, int seed, int stream)
    {
        var rng = new Random(Seed(seed, stream));
        var x = task.Population.Sample(TrainingRows + HeldOutRows, rng);
        var scores = x.Select(row => task.Target(row) + task.Noise * StandardNormal.Sample(rng)).ToArray();
        var train = ToFloat(x[..TrainingRows]);
        var heldOut = ToFloat(x[TrainingRows..]);
        if (task.Kind == TaskKind.Classification)
        {
            var grades = RiskGrades.Fit(scores[..TrainingRows]);
            var labels = scores.Select(grades.Grade).ToArray();
            var model = SampleModel.FitClassifier(train, labels[..TrainingRows], task.Trainer);
            var predicted = model.PredictLabels(heldOut);
            double accuracy = predicted.Where((p, i) => p == labels[TrainingRows + i]).Count() / (double)HeldOutRows;
            return new(task, x[..TrainingRows], [.. labels[..TrainingRows].Select(l => (double)l)], model,
                Invariant($"accuracy {accuracy:F3} on {HeldOutRows} held-out rows of the same population"), grades);
        }

        // Targets are quoted to one decimal, as the owners' records hold them.
        var y = scores.Select(s => Math.Round(s, 1)).ToArray();
        var regressor = SampleModel.FitRegressor(train, [.. y[..TrainingRows].Select(v => (float)v)], task.Trainer);
        var errors = regressor.PredictValues(heldOut).Select((p, i) => p - y[TrainingRows + i]).ToArray();
        double rmse = Math.Sqrt(errors.Average(e => e * e)), mae = errors.Average(e => Math.Abs(e));
        return new(task, x[..TrainingRows], y[..TrainingRows], regressor,
            Invariant($"RMSE {rmse:F2}, MAE {mae:F2} on {HeldOutRows} held-out rows of the same population"), null);
    }

    /// <summary>A stream per task, so adding rows to one task does not change another's.</summary>
    public static int Seed(int seed, int stream) => unchecked(seed * 7919 + stream * 104_729 + 17);

    private static float[][] ToFloat(double[][] x) => [.. x.Select(row => row.Select(v => (float)v).ToArray())];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
