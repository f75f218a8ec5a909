namespace Learnware.TestSupport;

/// <summary>ML.NET regression trainers that <see cref="TestModels"/> can export to ONNX.</summary>
public enum RegressorTrainer
{
    Sdca,
    FastTree,
    LightGbm,
}
