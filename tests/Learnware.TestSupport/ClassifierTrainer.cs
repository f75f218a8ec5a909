namespace Learnware.TestSupport;

/// <summary>ML.NET multiclass trainers that <see cref="TestModels"/> can export to ONNX.</summary>
public enum ClassifierTrainer
{
    LbfgsMaximumEntropy,
    LightGbm,
}
