using Microsoft.ML;
using Microsoft.ML.Data;

namespace Learnware.TestSupport;

/// <summary>An ML.NET model fitted on features-only input, kept in process so tests can compare it with its ONNX export.</summary>
public sealed record FittedModel(MLContext Context, ITransformer Transformer, int FeatureCount)
{
    /// <summary>The in-process ML.NET <c>Score</c> column, one array per row (length 1 for regressors).</summary>
    public float[][] PredictScores(float[][] x)
    {
        var scored = Transformer.Transform(FeatureView(x));
        var score = scored.Schema["Score"];
        if (score.Type is VectorDataViewType)
        {
            return [.. scored.GetColumn<VBuffer<float>>(score).Select(v => v.DenseValues().ToArray())];
        }

        return [.. scored.GetColumn<float>(score).Select(v => new[] { v })];
    }

    /// <summary>Exports the model to ONNX bytes; the only ONNX input is the <c>Features</c> vector.</summary>
    public byte[] ToOnnx()
    {
        using var stream = new MemoryStream();
        Context.Model.ConvertToOnnx(Transformer, FeatureView([new float[FeatureCount]]), stream);
        return stream.ToArray();
    }

    private IDataView FeatureView(float[][] x) =>
        Context.Data.LoadFromEnumerable(
            x.Select(row => new FeatureRow { Features = row }),
            TestModels.SchemaWithFeatures<FeatureRow>(FeatureCount));
}
