using Learnware.Models;
using Learnware.Numerics;
using Learnware.Packaging;
using Learnware.Reuse;

namespace Learnware.Benchmarks;

/// <summary>A learnware model that costs almost nothing to run, so a job-selector timing is the selector's own.</summary>
internal sealed class CentroidModel(int label, int classes) : ILearnwareModel
{
    public Prediction Predict(DenseMatrix x)
    {
        var probabilities = new double[x.Rows * classes];
        for (int r = 0; r < x.Rows; r++)
            probabilities[r * classes + label] = 1;
        return new Prediction(ModelKind.Classifier, [.. Enumerable.Repeat(label, x.Rows)],
            new DenseMatrix(probabilities, x.Rows, classes), null);
    }
}
