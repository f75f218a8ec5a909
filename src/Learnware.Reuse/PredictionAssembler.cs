using Learnware.Models;
using Learnware.Numerics;
using Learnware.Packaging;

namespace Learnware.Reuse;

/// <summary>Puts together one prediction from the parts that different learnwares made for different rows.</summary>
internal sealed class PredictionAssembler(int rows, ReuseTask task, int classCount)
{
    private readonly List<(int[] Rows, Prediction Part, string Id)> _parts = [];

    /// <summary>Adds the prediction of learnware <paramref name="id"/> for the given rows, in their order.</summary>
    public void Add(int[] rowIndices, Prediction part, string id) => _parts.Add((rowIndices, part, id));

    /// <summary>
    /// The whole prediction. Probabilities are kept when every part has them; regression parts must agree on
    /// their number of outputs.
    /// </summary>
    public Prediction Build() => task == ReuseTask.Classification ? Classification() : Regression();

    private Prediction Classification()
    {
        var labels = new int[rows];
        bool withProbabilities = _parts.All(p => p.Part.Probabilities is not null);
        var probabilities = withProbabilities ? new double[rows * classCount] : null;
        foreach (var (indices, part, id) in _parts)
        {
            var partLabels = PredictionReader.Labels(part, id);
            var partProbabilities = withProbabilities ? PredictionReader.Probabilities(part, classCount, id) : null;
            for (int i = 0; i < indices.Length; i++)
            {
                labels[indices[i]] = partLabels[i];
                partProbabilities?.Row(i).CopyTo(probabilities.AsSpan(indices[i] * classCount, classCount));
            }
        }
        return new Prediction(ModelKind.Classifier, labels,
            probabilities is null ? null : new DenseMatrix(probabilities, rows, classCount), null);
    }

    private Prediction Regression()
    {
        int columns = _parts.Count == 0 ? 1 : PredictionReader.Values(_parts[0].Part, _parts[0].Id).Columns;
        var values = new double[rows * columns];
        foreach (var (indices, part, id) in _parts)
        {
            var partValues = PredictionReader.Values(part, id);
            if (partValues.Columns != columns)
                throw new InvalidOperationException(
                    $"learnware '{id}' gives {partValues.Columns} outputs per row but '{_parts[0].Id}' gives {columns}");
            for (int i = 0; i < indices.Length; i++)
                partValues.Row(i).CopyTo(values.AsSpan(indices[i] * columns, columns));
        }
        return new Prediction(ModelKind.Regressor, null, null, new DenseMatrix(values, rows, columns));
    }
}
