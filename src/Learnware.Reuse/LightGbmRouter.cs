using System.Numerics.Tensors;
using Learnware.Numerics;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.LightGbm;

namespace Learnware.Reuse;

/// <summary>A LightGBM multiclass model from a row to the learnware that should predict it.</summary>
internal sealed class LightGbmRouter
{
    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly int _dimension;
    private readonly int[] _learnwareOfClass;

    private LightGbmRouter(MLContext ml, ITransformer model, int dimension, int[] learnwareOfClass)
    {
        _ml = ml;
        _model = model;
        _dimension = dimension;
        _learnwareOfClass = learnwareOfClass;
    }

    /// <summary>
    /// Trains on <paramref name="samples"/> (rows × <paramref name="dimension"/>) labelled with learnware indices;
    /// at least two distinct indices are needed.
    /// </summary>
    public static LightGbmRouter Train(double[] samples, int[] learnwareOfSample, int dimension, JobSelectorOptions options)
    {
        // Classes are the learnwares that have samples, in index order, so one with a zero weight costs nothing.
        var learnwareOfClass = learnwareOfSample.Distinct().Order().ToArray();
        if (learnwareOfClass.Length < 2)
            throw new ArgumentException("the selector needs samples of at least two learnwares", nameof(learnwareOfSample));
        var classOfLearnware = learnwareOfClass.Select((l, k) => (l, k)).ToDictionary(p => p.l, p => (float)p.k);
        var ml = new MLContext(options.Seed);
        var rows = Rows(samples, dimension).Select((features, i) =>
            new ClassRow { Features = features, Label = classOfLearnware[learnwareOfSample[i]] });
        var data = ml.Data.LoadFromEnumerable(rows, ClassRow.Schema(dimension));
        var keyed = ClassRow.KeyMap(ml, data).Transform(data);
        var trainer = ml.MulticlassClassification.Trainers.LightGbm(new LightGbmMulticlassTrainer.Options
        {
            NumberOfIterations = options.NumberOfIterations,
            LearningRate = options.LearningRate,
            NumberOfLeaves = options.NumberOfLeaves,
            MinimumExampleCountPerLeaf = options.MinimumExampleCountPerLeaf,
            Seed = options.Seed,
            Deterministic = true,
            NumberOfThreads = 1,
            Silent = true,
        });
        return new LightGbmRouter(ml, trainer.Fit(keyed), dimension, learnwareOfClass);
    }

    /// <summary>The learnware index chosen for each row of <paramref name="x"/>.</summary>
    public int[] Route(DenseMatrix x)
    {
        var rows = Rows(x.Data, _dimension).Select(features => new ClassRow { Features = features });
        var scored = _model.Transform(_ml.Data.LoadFromEnumerable(rows, ClassRow.Schema(_dimension)));
        var route = new int[x.Rows];
        int r = 0;
        foreach (var score in scored.GetColumn<VBuffer<float>>(scored.Schema["Score"]))
            route[r++] = _learnwareOfClass[TensorPrimitives.IndexOfMax(score.DenseValues().ToArray())];
        return route;
    }

    private static IEnumerable<float[]> Rows(double[] values, int dimension)
    {
        for (int start = 0; start < values.Length; start += dimension)
        {
            var row = new float[dimension];
            TensorPrimitives.ConvertTruncating<double, float>(values.AsSpan(start, dimension), row);
            yield return row;
        }
    }
}
