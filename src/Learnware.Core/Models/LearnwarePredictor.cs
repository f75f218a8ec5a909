using System.Numerics.Tensors;
using Learnware.Numerics;
using Learnware.Packaging;
using Learnware.Specifications.Semantic;

namespace Learnware.Models;

/// <summary>Runs a packaged model and reads its raw output as the manifest declares: probabilities, scores, labels or values.</summary>
public sealed class LearnwarePredictor : IDisposable
{
    private readonly OnnxModel _model;
    private readonly ModelSpec _spec;
    private readonly PackageLimits _limits;

    /// <summary>
    /// Wraps a loaded model; <paramref name="classCount"/> is the semantic Output.Dimension of a classifier. Runs are
    /// held to <paramref name="limits"/> (default <see cref="PackageLimits.Default"/>).
    /// </summary>
    /// <exception cref="ModelException">The manifest's input or the class count is beyond the limits.</exception>
    public LearnwarePredictor(OnnxModel model, ModelSpec spec, int classCount, PackageLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(spec);
        _model = model;
        _spec = spec;
        _limits = limits ?? PackageLimits.Default;
        long inputs = spec.Input.Shape.Aggregate(1L, (a, b) => a * b);
        if (inputs > _limits.MaxFeatures)
            throw new ModelException($"the model takes {inputs} values per row, more than the limit of {_limits.MaxFeatures}");
        if (spec.Kind == ModelKind.Classifier && classCount > _limits.MaxClasses)
            throw new ModelException($"the classifier declares {classCount} classes, more than the limit of {_limits.MaxClasses}");
        ClassCount = classCount;
        InputDimension = (int)inputs;
    }

    /// <summary>Loads the model of a package; the class count comes from its semantic specification.</summary>
    /// <exception cref="ModelException">The model does not load, or its sizes are beyond <paramref name="limits"/>.</exception>
    public static LearnwarePredictor Open(LearnwarePackage package, PackageLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(package);
        var semantic = SemanticJson.Parse(package.SemanticSpecificationJson);
        int classes = semantic.Output?.Dimension ?? package.Manifest.Model.Output.EffectiveClasses.DefaultIfEmpty(-1).Max() + 1;
        var model = OnnxModel.Load(package.ModelBytes, package.Manifest.Model.File);
        try
        {
            return new LearnwarePredictor(model, package.Manifest.Model, classes, limits);
        }
        catch
        {
            model.Dispose();
            throw;
        }
    }

    /// <summary>Values per input row (the product of the per-sample input shape).</summary>
    public int InputDimension { get; }

    /// <summary>Number of classes of a classifier.</summary>
    public int ClassCount { get; }

    /// <summary>The manifest's description of the model.</summary>
    public ModelSpec Spec => _spec;

    /// <summary>
    /// Predicts the rows of <paramref name="x"/> (rows × input dimension), within the run limits. Every cell must be
    /// a number a model can take (finite, within float range), and every output a finite number: a prediction is
    /// never made up from NaN.
    /// </summary>
    /// <exception cref="ModelException">The input does not fit, the model went past its limits, or the output does
    /// not match the manifest or is not finite.</exception>
    public Prediction Predict(DenseMatrix x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Columns != InputDimension)
            throw new ModelException($"the model takes {InputDimension} features per row, the data has {x.Columns}");
        RequireModelInput(x);
        var input = new float[x.Data.Length];
        TensorPrimitives.ConvertTruncating<double, float>(x.Data, input);
        var output = _model.Predict(input, x.Rows, _spec.Input.Name, _spec.Output.Name, _limits.ModelRun);
        RequireFinite(output);
        return _spec.Kind switch
        {
            ModelKind.Classifier => Classify(output),
            _ => new Prediction(_spec.Kind, null, null, ToMatrix(output)),
        };
    }

    // Models run in float32: a missing cell, an infinity or a value beyond float range would reach them as NaN or ±inf.
    private static void RequireModelInput(DenseMatrix x)
    {
        if (TensorPrimitives.MaxMagnitude(x.Data) <= float.MaxValue)
            return;
        var rows = Enumerable.Range(0, x.Rows).Where(r => !(TensorPrimitives.MaxMagnitude(x.Row(r)) <= float.MaxValue)).ToArray();
        throw new ModelException(
            $"{rows.Length} row(s) hold a missing, infinite or out-of-range value (beyond ±{float.MaxValue:G9}), which a model cannot take: " +
            $"data rows {string.Join(", ", rows.Take(10).Select(r => r + 1))}{(rows.Length > 10 ? ", ..." : "")}");
    }

    private static void RequireFinite(ModelOutput output)
    {
        // A float sum is finite when every value is; only an overflowing sum needs the value-by-value look.
        if (float.IsFinite(TensorPrimitives.Sum(output.Values)))
            return;
        for (int r = 0; r < output.Rows; r++)
        {
            foreach (float v in output.Row(r))
            {
                if (!float.IsFinite(v))
                    throw new ModelException($"output '{output.Name}' holds {v} for data row {r + 1}: a prediction must be a finite number");
            }
        }
    }

    private Prediction Classify(ModelOutput output)
    {
        if (_spec.Output.Meaning == OutputMeaning.Labels)
            return new Prediction(ModelKind.Classifier, Labels(output), null, null);
        var classes = _spec.Output.EffectiveClasses;
        if (output.Columns != classes.Count)
            throw new ModelException(
                $"output '{output.Name}' has {output.Columns} columns per sample, but the manifest names {classes.Count} classes");
        int classCount = Math.Max(ClassCount, classes.Max() + 1);
        var probabilities = new double[output.Rows * classCount];
        var row = new float[output.Columns];
        var labels = new int[output.Rows];
        for (int r = 0; r < output.Rows; r++)
        {
            output.Row(r).CopyTo(row);
            if (_spec.Output.Meaning == OutputMeaning.Scores)
                TensorPrimitives.SoftMax(row, row);
            var target = probabilities.AsSpan(r * classCount, classCount);
            for (int j = 0; j < row.Length; j++)
                target[classes[j]] = row[j];
            labels[r] = TensorPrimitives.IndexOfMax(target);
        }
        return new Prediction(ModelKind.Classifier, labels, new DenseMatrix(probabilities, output.Rows, classCount), null);
    }

    private static int[] Labels(ModelOutput output)
    {
        if (output.Columns != 1)
            throw new ModelException($"output '{output.Name}' is declared as labels but has {output.Columns} values per sample, not 1");
        var labels = new int[output.Rows];
        for (int r = 0; r < output.Rows; r++)
        {
            float value = output.Values[r];
            if (!float.IsFinite(value) || value != MathF.Round(value))
                throw new ModelException($"output '{output.Name}' is declared as labels but row {r} holds {value}, not a whole number");
            labels[r] = (int)value;
        }
        return labels;
    }

    private static DenseMatrix ToMatrix(ModelOutput output)
    {
        var values = new double[output.Values.Length];
        TensorPrimitives.ConvertChecked<float, double>(output.Values, values);
        return new DenseMatrix(values, output.Rows, output.Columns);
    }

    /// <summary>Releases the model.</summary>
    public void Dispose() => _model.Dispose();
}
