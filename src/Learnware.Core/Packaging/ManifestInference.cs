using Learnware.Models;
using Learnware.Specifications.Semantic;

namespace Learnware.Packaging;

/// <summary>
/// Infers a package manifest from an ONNX model and its semantic specification: which input takes the features,
/// which output answers the task, and how to read it.
/// </summary>
/// <remarks>
/// For a classification task an output with Output.Dimension float columns is read as probabilities, and an
/// output with one integer column as labels; a regression task takes the output with Output.Dimension float
/// columns. Outputs that echo the input (ML.NET exports <c>Features.output</c>) are passed over, and among several
/// fitting outputs one named like probabilities or scores wins. Anything ambiguous is an error that names the
/// candidates, so the caller can choose with <see cref="ManifestOverrides"/>.
/// </remarks>
public static class ManifestInference
{
    /// <summary>Builds the manifest for a package holding these files; <paramref name="statType"/> is the statistical
    /// specification's kind (a table specification when null); <paramref name="inputEncoder"/> names the sentence encoder
    /// whose embeddings a text model takes.</summary>
    public static LearnwareManifest Infer(OnnxModel model, SemanticSpecification semantic, string modelFile,
        string statFile, string semanticFile, string? readmeFile, ManifestOverrides? overrides = null, string? statType = null,
        string? inputEncoder = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(semantic);
        overrides ??= new ManifestOverrides();
        var kind = semantic.TaskType switch
        {
            "Classification" => ModelKind.Classifier,
            "Regression" => ModelKind.Regressor,
            "Feature Extraction" => ModelKind.FeatureExtractor,
            var task => throw new ManifestException("model.kind", $"cannot pack a model for the task '{task ?? "(none)"}': " +
                "the semantic Task must be Classification, Regression or Feature Extraction"),
        };
        var input = ChooseInput(model, overrides.InputName);
        int[] inputShape = PerSample(input);
        if (inputShape.Any(d => d <= 0))
        {
            int features = semantic.Input?.Dimension ?? throw new ManifestException("model.input.shape",
                $"the model's input '{input.Name}' has a dynamic per-sample shape and the semantic specification gives no Input.Dimension");
            inputShape = [features];
        }
        var (output, meaning) = ChooseOutput(model, input, kind, semantic.Output?.Dimension, overrides);
        int[] outputShape = PerSample(output);
        if (outputShape.Length == 0 || outputShape.Any(d => d <= 0))
            outputShape = [meaning == OutputMeaning.Labels ? 1 : semantic.Output?.Dimension ?? 1];
        if (overrides.Classes is not null && meaning is not (OutputMeaning.Probabilities or OutputMeaning.Scores))
            throw new ManifestException("model.output.classes",
                $"classes map probability or score columns, but output '{output.Name}' is read as {meaning.ToString().ToLowerInvariant()}");
        IReadOnlyList<int>? classes = overrides.Classes;
        var manifest = new LearnwareManifest(
            new ModelSpec(modelFile, kind, new ModelInputSpec(input.Name, inputShape) { Encoder = inputEncoder }, new ModelOutputSpec(output.Name, outputShape, meaning, classes)),
            [new StatSpecificationRef(statFile, statType ?? Specifications.RkmeTableSpecification.TypeName)],
            semanticFile,
            readmeFile);
        manifest.Validate();
        return manifest;
    }

    private static int[] PerSample(ModelTensorInfo tensor) => tensor.Shape.Length <= 1 ? [] : tensor.Shape[1..];

    private static ModelTensorInfo ChooseInput(OnnxModel model, string? name)
    {
        if (name is not null)
            return model.Inputs.FirstOrDefault(i => i.Name == name) ?? throw new ManifestException("model.input.name",
                $"the model has no input '{name}' (its inputs: {string.Join(", ", model.Inputs.Select(i => i.Name))})");
        var floats = model.Inputs.Where(i => i.ElementType == ModelElementType.Float).ToArray();
        return floats.Length == 1 ? floats[0] : throw new ManifestException("model.input.name",
            $"cannot tell which input takes the features ({string.Join(", ", model.Inputs)}); name it with --input");
    }

    private static (ModelTensorInfo Output, OutputMeaning Meaning) ChooseOutput(OnnxModel model, ModelTensorInfo input,
        ModelKind kind, int? dimension, ManifestOverrides overrides)
    {
        if (overrides.OutputName is { } name)
        {
            var named = model.Outputs.FirstOrDefault(o => o.Name == name) ?? throw new ManifestException("model.output.name",
                $"the model has no output '{name}' (its outputs: {string.Join(", ", model.Outputs.Select(o => o.Name))})");
            return (named, overrides.Meaning ?? DefaultMeaning(named, kind));
        }
        var candidates = model.Outputs
            .Where(o => !o.Name.StartsWith(input.Name + ".", StringComparison.Ordinal) && o.Name != input.Name)
            .Where(o => Fits(o, kind, dimension, overrides.Meaning))
            .ToArray();
        if (candidates.Length == 0)
            throw new ManifestException("model.output.name", $"no output of the model fits a {kind.ToString().ToLowerInvariant()} with " +
                $"Output.Dimension {dimension?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)"} " +
                $"(its outputs: {string.Join("; ", model.Outputs)}); name one with --output");
        var preferred = candidates.Where(o => o.Name.Contains("prob", StringComparison.OrdinalIgnoreCase)
            || o.Name.Contains("score", StringComparison.OrdinalIgnoreCase)).ToArray();
        var pool = preferred.Length > 0 ? preferred : candidates;
        // Probabilities beat labels when both are there: they carry more for reuse.
        var best = pool.OrderBy(o => IsFloat(o) ? 0 : 1).First();
        if (pool.Count(o => IsFloat(o) == IsFloat(best)) > 1)
            throw new ManifestException("model.output.name", $"several outputs fit ({string.Join("; ", pool)}); name one with --output");
        return (best, overrides.Meaning ?? DefaultMeaning(best, kind));
    }

    private static bool Fits(ModelTensorInfo output, ModelKind kind, int? dimension, OutputMeaning? meaning)
    {
        int columns = PerSample(output).Aggregate(1, (a, b) => a * b);
        bool dynamic = PerSample(output).Any(d => d <= 0);
        return kind switch
        {
            ModelKind.Classifier when meaning is OutputMeaning.Labels || (meaning is null && !IsFloat(output)) =>
                !IsFloat(output) && columns == 1 || IsFloat(output) && columns == 1 && meaning is OutputMeaning.Labels,
            ModelKind.Classifier => IsFloat(output) && (dynamic || columns == dimension),
            ModelKind.Regressor => IsFloat(output) && (dynamic || columns == (dimension ?? 1)),
            _ => IsFloat(output),
        };
    }

    private static bool IsFloat(ModelTensorInfo tensor) => tensor.ElementType is ModelElementType.Float or ModelElementType.Double;

    private static OutputMeaning DefaultMeaning(ModelTensorInfo output, ModelKind kind) => kind switch
    {
        ModelKind.Classifier => IsFloat(output) ? OutputMeaning.Probabilities : OutputMeaning.Labels,
        _ => OutputMeaning.Values,
    };
}
