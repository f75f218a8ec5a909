using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms;

namespace Learnware.MLNet;

/// <summary>
/// Fits ML.NET models so that their ONNX export suits a learnware: a features-only input (a <c>Label</c> column in the
/// exported chain would become a required ONNX input) and classifier scores in label order.
/// </summary>
public static class MlNetTraining
{
    /// <summary>Fits a classifier on labels 0..C-1, all present, with the trainer the caller builds.</summary>
    public static MlNetModel FitClassifier(float[][] x, int[] labels, Func<MLContext, IEstimator<ITransformer>> trainer, int seed = 0)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(trainer);
        int d = FeatureCount(x, labels.Length);
        int classCount = labels.Max() + 1;
        if (labels.Min() < 0 || labels.Distinct().Count() != classCount)
            throw new ArgumentException($"labels must cover 0..{classCount - 1} with no gaps", nameof(labels));
        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(
            x.Select((row, i) => new ClassificationRow { Features = row, Label = labels[i] }), Schema<ClassificationRow>(d));
        // Keys ordered by label value make Score column c mean class c (the default is the order of first appearance).
        // Fitted apart from the trainer, so that the exported model does not take Label as an input.
        var keyed = ml.Transforms.Conversion
            .MapValueToKey("Label", keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Fit(data)
            .Transform(data);
        return new MlNetModel(ml, trainer(ml).Fit(keyed), d);
    }

    /// <summary>Fits a regressor with the trainer the caller builds.</summary>
    public static MlNetModel FitRegressor(float[][] x, float[] y, Func<MLContext, IEstimator<ITransformer>> trainer, int seed = 0)
    {
        ArgumentNullException.ThrowIfNull(y);
        ArgumentNullException.ThrowIfNull(trainer);
        int d = FeatureCount(x, y.Length);
        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(
            x.Select((row, i) => new RegressionRow { Features = row, Label = y[i] }), Schema<RegressionRow>(d));
        return new MlNetModel(ml, trainer(ml).Fit(data), d);
    }

    /// <summary>A schema for <typeparamref name="T"/> whose <c>Features</c> column is a float vector of known size, as the ONNX export needs.</summary>
    public static SchemaDefinition Schema<T>(int featureCount)
    {
        var schema = SchemaDefinition.Create(typeof(T));
        schema["Features"].ColumnType = new VectorDataViewType(NumberDataViewType.Single, featureCount);
        return schema;
    }

    private static int FeatureCount(float[][] x, int labelCount)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Length == 0 || x.Length != labelCount)
            throw new ArgumentException($"need a label for each of the {x.Length} rows, got {labelCount}", nameof(x));
        int d = x[0].Length;
        if (d == 0 || x.Any(row => row.Length != d))
            throw new ArgumentException("rows must all have the same, non-zero length", nameof(x));
        return d;
    }
}
