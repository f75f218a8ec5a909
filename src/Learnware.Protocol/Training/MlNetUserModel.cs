using Learnware.MLNet;
using Learnware.Models;
using Learnware.Numerics;
using Learnware.Packaging;
using Learnware.Protocol.Data;
using Learnware.Reuse;

namespace Learnware.Protocol.Training;

/// <summary>
/// A user's own ML.NET model: a regressor (<paramref name="present"/> null), or a classifier over the classes
/// <paramref name="present"/>, predicting in the scenario's numbering of <paramref name="classCount"/> classes.
/// </summary>
internal sealed class MlNetUserModel(MlNetModel model, int[]? present, int classCount) : IReuser
{
    public Prediction Predict(DenseMatrix x)
    {
        var rows = new LabelledTable(x, new double[x.Rows]).FloatRows();
        var scores = model.PredictScores(rows);
        if (present is null)
            return new Prediction(ModelKind.Regressor, null, null, new DenseMatrix([.. scores.Select(s => (double)s[0])], x.Rows, 1));
        var probabilities = new double[x.Rows * classCount];
        var labels = new int[x.Rows];
        for (int r = 0; r < x.Rows; r++)
        {
            for (int k = 0; k < present.Length; k++)
                probabilities[r * classCount + present[k]] = scores[r][k];
            labels[r] = present[Array.IndexOf(scores[r], scores[r].Max())];
        }
        return new Prediction(ModelKind.Classifier, labels, new DenseMatrix(probabilities, x.Rows, classCount), null);
    }
}
