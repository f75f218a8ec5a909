using Learnware.Models;
using Learnware.Numerics;

namespace Learnware.Reuse;

/// <summary>Reads a learnware's prediction in the form a combination rule needs, checking its size.</summary>
internal static class PredictionReader
{
    /// <summary>The learnware's predictions for <paramref name="x"/>, checked to have one per row.</summary>
    public static Prediction Predict(ReusableLearnware learnware, DenseMatrix x)
    {
        var prediction = learnware.Model.Predict(x)
            ?? throw new InvalidOperationException($"learnware '{learnware.Id}' returned no prediction");
        int rows = prediction.Labels?.Length ?? prediction.Probabilities?.Rows ?? prediction.Values?.Rows ?? -1;
        if (rows != x.Rows)
            throw new InvalidOperationException($"learnware '{learnware.Id}' predicted {rows} rows for {x.Rows}");
        return prediction;
    }

    /// <summary>A class label per row: the given labels, else the first most probable class.</summary>
    public static int[] Labels(Prediction prediction, string id)
    {
        if (prediction.Labels is { } labels)
            return labels;
        var p = prediction.Probabilities ?? throw new InvalidOperationException($"learnware '{id}' gave no class labels");
        var result = new int[p.Rows];
        for (int r = 0; r < p.Rows; r++)
            result[r] = ArgMax(p.Row(r));
        return result;
    }

    /// <summary>
    /// Class probabilities as rows × <paramref name="classCount"/>: the given ones padded with zero columns, or a
    /// one-hot row for a learnware that gives labels only.
    /// </summary>
    public static DenseMatrix Probabilities(Prediction prediction, int classCount, string id)
    {
        if (prediction.Probabilities is { } p)
        {
            if (p.Columns > classCount)
                throw new InvalidOperationException($"learnware '{id}' gave {p.Columns} class probabilities, more than the {classCount} classes");
            if (p.Columns == classCount)
                return p;
            var padded = new double[p.Rows * classCount];
            for (int r = 0; r < p.Rows; r++)
                p.Row(r).CopyTo(padded.AsSpan(r * classCount));
            return new DenseMatrix(padded, p.Rows, classCount);
        }
        var labels = Labels(prediction, id);
        var oneHot = new double[labels.Length * classCount];
        for (int r = 0; r < labels.Length; r++)
            oneHot[r * classCount + CheckLabel(labels[r], classCount, id)] = 1;
        return new DenseMatrix(oneHot, labels.Length, classCount);
    }

    /// <summary>The real-valued outputs of a regressor or feature extractor.</summary>
    public static DenseMatrix Values(Prediction prediction, string id) =>
        prediction.Values ?? throw new InvalidOperationException($"learnware '{id}' gave no values");

    /// <summary>Throws unless 0 ≤ label &lt; classCount.</summary>
    public static int CheckLabel(int label, int classCount, string id) =>
        label >= 0 && label < classCount
            ? label
            : throw new InvalidOperationException($"learnware '{id}' predicted class {label}, outside 0..{classCount - 1}");

    /// <summary>Index of the largest value; ties go to the smallest index, as numpy's argmax does.</summary>
    public static int ArgMax(ReadOnlySpan<double> values)
    {
        int best = 0;
        for (int i = 1; i < values.Length; i++)
            if (values[i] > values[best])
                best = i;
        return best;
    }
}
