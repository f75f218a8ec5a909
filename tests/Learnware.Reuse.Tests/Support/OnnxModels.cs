using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;
using Microsoft.ML.Transforms;

namespace Learnware.Reuse.Tests.Support;

/// <summary>Trains small ML.NET models and exports them to ONNX; the output <c>Score.output</c> is read by the manifest.</summary>
internal static class OnnxModels
{
    /// <summary>A multiclass classifier on labels 0..C-1; its scores are probabilities in label order.</summary>
    public static byte[] Classifier(float[][] x, int[] labels, bool boosted = false)
    {
        var ml = new MLContext(seed: 0);
        var data = Load(ml, x, labels.Select(l => (float)l).ToArray());
        // Keys ordered by value make score column c mean class c; fitted apart so the export takes no label input.
        var keyed = ml.Transforms.Conversion
            .MapValueToKey("Label", keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Fit(data).Transform(data);
        IEstimator<ITransformer> trainer = boosted
            ? ml.MulticlassClassification.Trainers.LightGbm(new LightGbmMulticlassTrainer.Options
            {
                NumberOfIterations = 60, NumberOfLeaves = 16, MinimumExampleCountPerLeaf = 10,
                UseSoftmax = true, NumberOfThreads = 1, Seed = 0, Deterministic = true,
            })
            : ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(
                new LbfgsMaximumEntropyMulticlassTrainer.Options { NumberOfThreads = 1 });
        return Export(ml, trainer.Fit(keyed), x[0].Length);
    }

    /// <summary>A boosted-tree regressor with one output per row.</summary>
    public static byte[] Regressor(float[][] x, float[] y)
    {
        var ml = new MLContext(seed: 0);
        var trainer = ml.Regression.Trainers.FastTree(new FastTreeRegressionTrainer.Options
        {
            NumberOfTrees = 100, NumberOfLeaves = 16, MinimumExampleCountPerLeaf = 10, NumberOfThreads = 1,
        });
        return Export(ml, trainer.Fit(Load(ml, x, y)), x[0].Length);
    }

    private static IDataView Load(MLContext ml, float[][] x, float[] y) =>
        ml.Data.LoadFromEnumerable(x.Select((row, i) => new TrainingRow { Features = row, Label = y[i] }), Schema<TrainingRow>(x[0].Length));

    private static byte[] Export(MLContext ml, ITransformer model, int d)
    {
        using var stream = new MemoryStream();
        var example = ml.Data.LoadFromEnumerable([new ScoringRow { Features = new float[d] }], Schema<ScoringRow>(d));
        ml.Model.ConvertToOnnx(model, example, stream);
        return stream.ToArray();
    }

    private static SchemaDefinition Schema<T>(int d)
    {
        var schema = SchemaDefinition.Create(typeof(T));
        schema["Features"].ColumnType = new VectorDataViewType(NumberDataViewType.Single, d);
        return schema;
    }
}
