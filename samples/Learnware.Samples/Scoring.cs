using System.Globalization;
using Learnware.Tables;

namespace Learnware.Samples;

/// <summary>Accuracy of predicted labels (the <c>label</c> column of a prediction file) against true labels.</summary>
internal static class Scoring
{
    public static string Accuracy(string predictions, string labels)
    {
        var predicted = CsvTable.Read(predictions, ["label"]).Values;
        var truth = CsvTable.Read(labels, ["label"]).Values;
        if (predicted.Rows != truth.Rows)
            throw new InvalidDataException($"{predictions} has {predicted.Rows} rows but {labels} has {truth.Rows}");
        if (truth.Rows == 0)
            throw new InvalidDataException($"{labels}: no rows to score");
        int right = Enumerable.Range(0, truth.Rows).Count(r => predicted.Data[r] == truth.Data[r]);
        return string.Create(CultureInfo.InvariantCulture, $"accuracy {right / (double)truth.Rows:F3} ({right} of {truth.Rows} rows)");
    }
}
