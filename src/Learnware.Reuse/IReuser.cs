using Learnware.Models;
using Learnware.Numerics;

namespace Learnware.Reuse;

/// <summary>Turns one or several learnwares into predictions on a user's data.</summary>
public interface IReuser
{
    /// <summary>Predicts the rows of <paramref name="x"/> (rows × features).</summary>
    Prediction Predict(DenseMatrix x);
}
