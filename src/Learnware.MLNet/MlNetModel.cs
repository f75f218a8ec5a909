using Microsoft.ML;
using Microsoft.ML.Data;

namespace Learnware.MLNet;

/// <summary>
/// An ML.NET model fitted on a features-only input, ready to export as a learnware's ONNX model: its only ONNX input is
/// <c>Features</c> [N, d]; <c>Score.output</c> holds class probabilities in label order (classifiers) or the value.
/// </summary>
public sealed record MlNetModel(MLContext Context, ITransformer Transformer, int FeatureCount)
{
    /// <summary>The in-process <c>Score</c> column, one array per row (length 1 for regressors).</summary>
    public float[][] PredictScores(float[][] x)
    {
        var scored = Transformer.Transform(FeatureView(x));
        var score = scored.Schema["Score"];
        if (score.Type is VectorDataViewType)
            return [.. scored.GetColumn<VBuffer<float>>(score).Select(v => v.DenseValues().ToArray())];
        return [.. scored.GetColumn<float>(score).Select(v => new[] { v })];
    }

    /// <summary>The predicted class of each row (classifiers).</summary>
    public int[] PredictLabels(float[][] x)
    {
        // Keys are 1-based and, ordered by label value over 0..C-1, key k is class k − 1.
        var scored = Transformer.Transform(FeatureView(x));
        return [.. scored.GetColumn<uint>(scored.Schema["PredictedLabel"]).Select(key => (int)key - 1)];
    }

    /// <summary>The predicted value of each row (regressors).</summary>
    public float[] PredictValues(float[][] x) => [.. PredictScores(x).Select(row => row[0])];

    /// <summary>The ONNX export.</summary>
    public byte[] ToOnnx()
    {
        using var stream = new MemoryStream();
        Context.Model.ConvertToOnnx(Transformer, FeatureView([new float[FeatureCount]]), stream);
        return stream.ToArray();
    }

    private IDataView FeatureView(float[][] x) =>
        Context.Data.LoadFromEnumerable(x.Select(row => new FeatureRow { Features = row }), MlNetTraining.Schema<FeatureRow>(FeatureCount));
}
