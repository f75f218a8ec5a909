using Learnware.Models;
using Learnware.Numerics;
using Learnware.Packaging;

namespace Learnware.Reuse.Tests.Support;

/// <summary>Learnwares over <see cref="FakeModel"/>s.</summary>
internal static class Fakes
{
    /// <summary>A classifier that gives these probabilities (rows × classes) for any input of as many rows.</summary>
    public static ReusableLearnware Probabilities(string id, double[][] probabilities, bool withLabels = true)
    {
        int classes = probabilities[0].Length;
        var matrix = DenseMatrix.FromRows(probabilities);
        int[]? labels = withLabels ? [.. probabilities.Select(row => Array.IndexOf(row, row.Max()))] : null;
        return Learnware(id, ModelKind.Classifier, classes, _ => new Prediction(ModelKind.Classifier, labels, matrix, null));
    }

    /// <summary>A classifier that gives these labels only.</summary>
    public static ReusableLearnware Labels(string id, int classes, int[] labels) =>
        Learnware(id, ModelKind.Classifier, classes, _ => new Prediction(ModelKind.Classifier, labels, null, null));

    /// <summary>A regressor that gives these values (rows × outputs).</summary>
    public static ReusableLearnware Values(string id, double[][] values) =>
        Learnware(id, ModelKind.Regressor, 0, _ => new Prediction(ModelKind.Regressor, null, null, DenseMatrix.FromRows(values)));

    /// <summary>
    /// A classifier that looks up its label for each row in a table, by the row id held in column 0 of the input.
    /// </summary>
    public static ReusableLearnware LabelTable(string id, int classes, int[] labelOfRow) =>
        Learnware(id, ModelKind.Classifier, classes, x => new Prediction(ModelKind.Classifier,
            [.. Enumerable.Range(0, x.Rows).Select(r => labelOfRow[(int)x.Row(r)[0]])], null, null));

    /// <summary>A regressor that looks up its value for each row in a table, by the row id held in column 0.</summary>
    public static ReusableLearnware ValueTable(string id, double[] valueOfRow) =>
        Learnware(id, ModelKind.Regressor, 0, x => new Prediction(ModelKind.Regressor, null, null,
            new DenseMatrix([.. Enumerable.Range(0, x.Rows).Select(r => valueOfRow[(int)x.Row(r)[0]])], x.Rows, 1)));

    /// <summary>An input of <paramref name="rows"/> rows whose only column is the row id.</summary>
    public static DenseMatrix RowIds(int rows) => new([.. Enumerable.Range(0, rows).Select(i => (double)i)], rows, 1);

    private static ReusableLearnware Learnware(string id, ModelKind kind, int classes, Func<DenseMatrix, Prediction> predict) =>
        new(id, new FakeModel(predict), null, kind, classes);
}
