using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;
using Microsoft.ML.Transforms;

namespace Learnware.TestSupport;

/// <summary>Trains small ML.NET models and exports them to ONNX as test fixtures.</summary>
public static class TestModels
{
    /// <summary>
    /// Trains a multiclass classifier on labels 0..C-1 and exports it. Its <c>Score.output</c> is [N, C]
    /// with class probabilities in label order 0..C-1.
    /// </summary>
    public static byte[] TrainClassifierOnnx(
        float[][] x, int[] labels, ClassifierTrainer trainer = ClassifierTrainer.LbfgsMaximumEntropy) =>
        FitClassifier(x, labels, trainer).ToOnnx();

    /// <summary>Trains a regressor and exports it; its <c>Score.output</c> holds one prediction per row.</summary>
    public static byte[] TrainRegressorOnnx(float[][] x, float[] y, RegressorTrainer trainer = RegressorTrainer.Sdca) =>
        FitRegressor(x, y, trainer).ToOnnx();

    /// <summary>Fits the classifier that <see cref="TrainClassifierOnnx"/> exports, kept in process.</summary>
    public static FittedModel FitClassifier(float[][] x, int[] labels, ClassifierTrainer trainer)
    {
        var d = FeatureCount(x, labels.Length);
        var classCount = labels.Max() + 1;
        if (labels.Min() < 0 || labels.Distinct().Count() != classCount)
        {
            throw new ArgumentException($"labels must cover 0..{classCount - 1} with no gaps", nameof(labels));
        }

        var ml = new MLContext(seed: 0);

        var data = ml.Data.LoadFromEnumerable(
            x.Select((row, i) => new ClassificationRow { Features = row, Label = labels[i] }),
            SchemaWithFeatures<ClassificationRow>(d));

        // Keys ordered by label value make Score column c mean class c; the default order is that of first
        // appearance in the rows. Fitted apart from the trainer so the export does not take Label as an input.
        var keyed = ml.Transforms.Conversion
            .MapValueToKey("Label", keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Fit(data)
            .Transform(data);

        IEstimator<ITransformer> estimator = trainer switch
        {
            ClassifierTrainer.LbfgsMaximumEntropy => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(
                new LbfgsMaximumEntropyMulticlassTrainer.Options { NumberOfThreads = 1 }),
            ClassifierTrainer.LightGbm => ml.MulticlassClassification.Trainers.LightGbm(
                new LightGbmMulticlassTrainer.Options
                {
                    NumberOfIterations = 30,
                    NumberOfLeaves = 8,
                    MinimumExampleCountPerLeaf = 5,
                    UseSoftmax = true,
                    NumberOfThreads = 1,
                    Seed = 0,
                    Deterministic = true,
                }),
            _ => throw new ArgumentOutOfRangeException(nameof(trainer), trainer, null),
        };
        return new FittedModel(ml, estimator.Fit(keyed), d);
    }

    /// <summary>Fits the regressor that <see cref="TrainRegressorOnnx"/> exports, kept in process.</summary>
    public static FittedModel FitRegressor(float[][] x, float[] y, RegressorTrainer trainer)
    {
        var d = FeatureCount(x, y.Length);
        var ml = new MLContext(seed: 0);
        var data = ml.Data.LoadFromEnumerable(
            x.Select((row, i) => new RegressionRow { Features = row, Label = y[i] }),
            SchemaWithFeatures<RegressionRow>(d));

        IEstimator<ITransformer> estimator = trainer switch
        {
            // One thread keeps SDCA's update order, and so the fitted weights, the same from run to run.
            RegressorTrainer.Sdca => ml.Regression.Trainers.Sdca(
                new SdcaRegressionTrainer.Options { NumberOfThreads = 1 }),
            RegressorTrainer.FastTree => ml.Regression.Trainers.FastTree(new FastTreeRegressionTrainer.Options
            {
                NumberOfTrees = 30,
                NumberOfLeaves = 8,
                MinimumExampleCountPerLeaf = 5,
                NumberOfThreads = 1,
            }),
            RegressorTrainer.LightGbm => ml.Regression.Trainers.LightGbm(new LightGbmRegressionTrainer.Options
            {
                NumberOfIterations = 30,
                NumberOfLeaves = 8,
                MinimumExampleCountPerLeaf = 5,
                NumberOfThreads = 1,
                Seed = 0,
                Deterministic = true,
            }),
            _ => throw new ArgumentOutOfRangeException(nameof(trainer), trainer, null),
        };
        return new FittedModel(ml, estimator.Fit(data), d);
    }

    /// <summary>A schema for <typeparamref name="T"/> whose <c>Features</c> column is a float vector of known size.</summary>
    public static SchemaDefinition SchemaWithFeatures<T>(int featureCount)
    {
        var schema = SchemaDefinition.Create(typeof(T));
        schema["Features"].ColumnType = new VectorDataViewType(NumberDataViewType.Single, featureCount);
        return schema;
    }

    private static int FeatureCount(float[][] x, int labelCount)
    {
        if (x.Length == 0 || x.Length != labelCount)
        {
            throw new ArgumentException($"need a label for each of the {x.Length} rows, got {labelCount}", nameof(x));
        }

        var d = x[0].Length;
        if (d == 0 || x.Any(row => row.Length != d))
        {
            throw new ArgumentException("rows must all have the same, non-zero length", nameof(x));
        }

        return d;
    }
}
