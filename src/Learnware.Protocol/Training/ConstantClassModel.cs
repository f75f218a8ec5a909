using Learnware.Models;
using Learnware.Numerics;
using Learnware.Packaging;
using Learnware.Reuse;

namespace Learnware.Protocol.Training;

/// <summary>What a user whose labelled rows hold a single class can do: predict that class.</summary>
internal sealed class ConstantClassModel(int label, int classCount) : IReuser
{
    public Prediction Predict(DenseMatrix x)
    {
        var probabilities = new double[x.Rows * classCount];
        for (int r = 0; r < x.Rows; r++) probabilities[r * classCount + label] = 1;
        return new Prediction(ModelKind.Classifier, [.. Enumerable.Repeat(label, x.Rows)], new DenseMatrix(probabilities, x.Rows, classCount), null);
    }
}
