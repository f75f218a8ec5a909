using Learnware.Models;

namespace Learnware.Protocol.Modalities;

/// <summary>How a user's predictions are scored: accuracy for classification (higher is better), RMSE for regression.</summary>
public enum ProtocolMetric
{
    /// <summary>Share of rows whose predicted class is the true one.</summary>
    Accuracy,

    /// <summary>Root mean squared error of the first predicted value.</summary>
    Rmse,
}

/// <summary>Scoring with a <see cref="ProtocolMetric"/>.</summary>
public static class ProtocolMetrics
{
    /// <summary>The name used in results.json: <c>accuracy</c> or <c>rmse</c>.</summary>
    public static string Name(this ProtocolMetric metric) => metric == ProtocolMetric.Accuracy ? "accuracy" : "rmse";

    /// <summary>True when larger values are better.</summary>
    public static bool HigherIsBetter(this ProtocolMetric metric) => metric == ProtocolMetric.Accuracy;

    /// <summary>The better of two scores.</summary>
    public static double Better(this ProtocolMetric metric, double a, double b) =>
        metric.HigherIsBetter() ? Math.Max(a, b) : Math.Min(a, b);

    /// <summary>The score of <paramref name="prediction"/> against <paramref name="truth"/>.</summary>
    public static double Score(this ProtocolMetric metric, Prediction prediction, double[] truth)
    {
        ArgumentNullException.ThrowIfNull(prediction);
        if (metric == ProtocolMetric.Accuracy)
        {
            var labels = prediction.Labels ?? throw new InvalidOperationException("a classification score needs predicted labels");
            return (double)labels.Where((label, r) => label == truth[r]).Count() / truth.Length;
        }
        var values = prediction.Values ?? throw new InvalidOperationException("a regression score needs predicted values");
        double sum = 0;
        for (int r = 0; r < truth.Length; r++)
        {
            double error = values.Row(r)[0] - truth[r];
            sum += error * error;
        }
        return Math.Sqrt(sum / truth.Length);
    }
}
