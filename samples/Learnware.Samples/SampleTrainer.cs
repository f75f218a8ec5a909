namespace Learnware.Samples;

/// <summary>The ML.NET trainer a sample model is fitted with; all of them export to ONNX.</summary>
internal enum SampleTrainer
{
    /// <summary>Multinomial logistic regression (L-BFGS).</summary>
    MaximumEntropy,

    /// <summary>Gradient-boosted trees, multiclass with softmax.</summary>
    LightGbm,

    /// <summary>Gradient-boosted regression trees.</summary>
    FastTree,
}
