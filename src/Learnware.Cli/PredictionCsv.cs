using Learnware.Models;
using Learnware.Tables;

namespace Learnware.Cli;

/// <summary>
/// The prediction file format (a contract): classifiers write <c>label</c> then <c>p0..p{C-1}</c> where
/// probabilities exist; regressors and feature extractors write <c>y0..y{D-1}</c>.
/// </summary>
internal static class PredictionCsv
{
    public static void Write(string path, Prediction prediction)
    {
        if (prediction.Labels is { } labels)
        {
            var probabilities = prediction.Probabilities;
            var header = new List<string> { "label" };
            if (probabilities is not null)
                header.AddRange(Enumerable.Range(0, probabilities.Columns).Select(c => $"p{c}"));
            CsvTable.Write(path, header, labels.Select((label, r) =>
            {
                var row = new List<double> { label };
                if (probabilities is not null)
                    row.AddRange(probabilities.Row(r).ToArray());
                return (IReadOnlyList<double>)row;
            }));
            return;
        }
        var values = prediction.Values!;
        CsvTable.Write(path, Enumerable.Range(0, values.Columns).Select(c => $"y{c}").ToArray(),
            Enumerable.Range(0, values.Rows).Select(r => (IReadOnlyList<double>)values.Row(r).ToArray()));
    }
}
