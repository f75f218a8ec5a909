using Learnware.Models;
using Learnware.Numerics;

namespace Learnware.Reuse;

/// <summary>A packaged ONNX model as an <see cref="ILearnwareModel"/>; disposing it releases the model.</summary>
internal sealed class PredictorModel(LearnwarePredictor predictor) : ILearnwareModel, IDisposable
{
    public Prediction Predict(DenseMatrix x) => predictor.Predict(x);

    public void Dispose() => predictor.Dispose();
}
