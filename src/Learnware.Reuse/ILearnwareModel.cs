using Learnware.Models;
using Learnware.Numerics;

namespace Learnware.Reuse;

/// <summary>What the reusers need of a learnware's model: predictions read as its manifest declares them.</summary>
/// <remarks><see cref="LearnwarePredictor"/> is the implementation for packaged ONNX models.</remarks>
public interface ILearnwareModel
{
    /// <summary>Predicts the rows of <paramref name="x"/> (rows × features).</summary>
    Prediction Predict(DenseMatrix x);
}
