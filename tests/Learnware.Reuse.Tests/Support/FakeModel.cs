using Learnware.Models;
using Learnware.Numerics;

namespace Learnware.Reuse.Tests.Support;

/// <summary>A model whose predictions the test writes down, so expected numbers are exact.</summary>
internal sealed class FakeModel(Func<DenseMatrix, Prediction> predict) : ILearnwareModel
{
    /// <summary>How many times the model was asked to predict.</summary>
    public int Calls { get; private set; }

    public Prediction Predict(DenseMatrix x)
    {
        Calls++;
        return predict(x);
    }
}
