using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;
using Microsoft.ML.Transforms;

namespace Learnware.Samples;

/// <summary>
/// An ML.NET model fitted on a features-only input: ONNX input <c>Features</c> [N, d]; outputs <c>PredictedLabel.output</c>
/// and <c>Score.output</c> (class probabilities in label order, or the regression value).
/// </summary>
internal sealed class SampleModel
{
    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly int _features;

    private SampleModel(MLContext ml, ITransformer model, int features)
    {
        _ml = ml;
        _model = model;
        _features = features;
    }

    /// <summary>Fits a classifier on labels 0..C-1 (all present).</summary>
    public static SampleModel FitClassifier(float[][] x, int[] labels, SampleTrainer trainer)
    {
        var ml = new MLContext(seed: 0);
        var data = ml.Data.LoadFromEnumerable(
            x.Select((row, i) => new ClassificationRow { Features = row, Label = labels[i] }), Schema<ClassificationRow>(x[0].Length));
        // Keys in label-value order make Score column c mean class c (the default is order of first appearance). Fitted
        // apart from the trainer so that the exported model does not take Label as an input.
        var keyed = ml.Transforms.Conversion
            .MapValueToKey("Label", keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Fit(data)
            .Transform(data);
        // One thread and fixed seeds keep the fitted model, and so the files written, the same from run to run.
        IEstimator<ITransformer> estimator = trainer switch
        {
            SampleTrainer.MaximumEntropy => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(
                new LbfgsMaximumEntropyMulticlassTrainer.Options { NumberOfThreads = 1 }),
            SampleTrainer.LightGbm => ml.MulticlassClassification.Trainers.LightGbm(new LightGbmMulticlassTrainer.Options
            {
                NumberOfIterations = 60,
                NumberOfLeaves = 12,
                MinimumExampleCountPerLeaf = 20,
                UseSoftmax = true,
                NumberOfThreads = 1,
                Seed = 0,
                Deterministic = true,
            }),
            _ => throw new ArgumentOutOfRangeException(nameof(trainer), trainer, "not a classification trainer"),
        };
        return new SampleModel(ml, estimator.Fit(keyed), x[0].Length);
    }

    /// <summary>Fits a regressor.</summary>
    public static SampleModel FitRegressor(float[][] x, float[] y, SampleTrainer trainer)
    {
        if (trainer != SampleTrainer.FastTree)
            throw new ArgumentOutOfRangeException(nameof(trainer), trainer, "not a regression trainer");
        var ml = new MLContext(seed: 0);
        var data = ml.Data.LoadFromEnumerable(
            x.Select((row, i) => new RegressionRow { Features = row, Label = y[i] }), Schema<RegressionRow>(x[0].Length));
        var estimator = ml.Regression.Trainers.FastTree(new FastTreeRegressionTrainer.Options
        {
            NumberOfTrees = 100,
            NumberOfLeaves = 16,
            MinimumExampleCountPerLeaf = 10,
            NumberOfThreads = 1,
        });
        return new SampleModel(ml, estimator.Fit(data), x[0].Length);
    }

    /// <summary>Predicted class of each row (classifiers).</summary>
    public int[] PredictLabels(float[][] x)
    {
        // Keys are 1-based and, ordered by value over 0..C-1, key k is class k - 1.
        var scored = _model.Transform(Features(x));
        return [.. scored.GetColumn<uint>(scored.Schema["PredictedLabel"]).Select(key => (int)key - 1)];
    }

    /// <summary>Predicted value of each row (regressors).</summary>
    public float[] PredictValues(float[][] x)
    {
        var scored = _model.Transform(Features(x));
        return [.. scored.GetColumn<float>(scored.Schema["Score"])];
    }

    /// <summary>The ONNX export; its only input is the <c>Features</c> vector.</summary>
    public byte[] ToOnnx()
    {
        using var stream = new MemoryStream();
        _ml.Model.ConvertToOnnx(_model, Features([new float[_features]]), stream);
        return stream.ToArray();
    }

    private IDataView Features(float[][] x) =>
        _ml.Data.LoadFromEnumerable(x.Select(row => new FeatureRow { Features = row }), Schema<FeatureRow>(_features));

    /// <summary>A schema whose <c>Features</c> column is a float vector of known size, as the ONNX export needs.</summary>
    private static SchemaDefinition Schema<T>(int features)
    {
        var schema = SchemaDefinition.Create(typeof(T));
        schema["Features"].ColumnType = new VectorDataViewType(NumberDataViewType.Single, features);
        return schema;
    }
}
