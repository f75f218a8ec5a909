using Learnware.Models;
using Learnware.Numerics;
using Learnware.Packaging;
using Learnware.Specifications;
using Learnware.Specifications.Semantic;

namespace Learnware.Checking;

/// <summary>
/// The checks a learnware must pass to enter a market, runnable locally before uploading: the package reads, the
/// semantic specification is valid, the statistical specification loads, the model loads and its input matches
/// both specifications, and it runs on inputs drawn from its own RKME (plus Gaussian ones) with finite outputs that
/// match the semantics.
/// </summary>
public sealed class LearnwareChecker(CheckOptions? options = null)
{
    private readonly CheckOptions _options = options ?? new CheckOptions();

    /// <summary>Checks a package file.</summary>
    public CheckReport Check(string zipPath)
    {
        using var stream = OpenOrNull(zipPath, out var error);
        return stream is null ? Report([new CheckResult("package", CheckStatus.Failed, error!)]) : Check(stream);
    }

    /// <summary>Checks a package read from a stream.</summary>
    public CheckReport Check(Stream zip)
    {
        LearnwarePackage package;
        try
        {
            package = new LearnwarePackageReader(_options.Limits).Read(zip);
        }
        catch (PackageFormatException e)
        {
            return Report([new CheckResult("package", CheckStatus.Failed, e.Message)]);
        }
        return Check(package);
    }

    /// <summary>Checks a package already read.</summary>
    public CheckReport Check(LearnwarePackage package)
    {
        ArgumentNullException.ThrowIfNull(package);
        var results = new List<CheckResult> { new("package", CheckStatus.Passed, $"{package.Files.Count} files, manifest format {LearnwareManifest.CurrentFormatVersion}") };
        var semantic = CheckSemantic(package, results, _options.Limits);
        var stat = CheckStatistical(package, results, _options.Limits);
        using var model = CheckModelLoads(package, results);
        bool shapesOk = CheckDimensions(package, semantic, stat, model, results);
        if (model is null || semantic is null || stat is null || !shapesOk)
        {
            results.Add(new("runs", CheckStatus.Skipped, "needs the model, both specifications and matching dimensions"));
            results.Add(new("outputs", CheckStatus.Skipped, "needs a model that runs"));
            return Report(results);
        }
        var prediction = CheckRuns(package, semantic, stat, model, results);
        if (prediction is null)
            results.Add(new("outputs", CheckStatus.Skipped, "needs a model that runs"));
        else
            results.Add(CheckOutputs(package.Manifest.Model, semantic, prediction));
        return Report(results);
    }

    private static CheckReport Report(List<CheckResult> results) => new(results);

    private static FileStream? OpenOrNull(string path, out string? error)
    {
        try
        {
            error = null;
            return File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"{path}: {e.Message}";
            return null;
        }
    }

    private static SemanticSpecification? CheckSemantic(LearnwarePackage package, List<CheckResult> results, PackageLimits limits)
    {
        var violations = SemanticValidator.ValidateJson(package.SemanticSpecificationJson, limits);
        if (violations.Count > 0)
        {
            results.Add(new("semantic", CheckStatus.Failed, string.Join("; ", violations)));
            return null;
        }
        var spec = SemanticJson.Parse(package.SemanticSpecificationJson);
        results.Add(new("semantic", CheckStatus.Passed, $"{spec.DataType} {spec.TaskType?.ToLowerInvariant()}, '{spec.Name}'"));
        return spec;
    }

    private static IStatSpecification? CheckStatistical(LearnwarePackage package, List<CheckResult> results, PackageLimits limits)
    {
        var reference = package.Manifest.StatSpecifications.FirstOrDefault(s => StatSpecificationJson.IsKnown(s.Type));
        if (reference is null)
        {
            var types = string.Join(", ", package.Manifest.StatSpecifications.Select(s => s.Type));
            results.Add(new("statistical", CheckStatus.Failed,
                $"no specification of a known kind ({string.Join(", ", StatSpecificationJson.KnownTypes)}) among the specifications ({types})"));
            return null;
        }
        try
        {
            var spec = StatSpecificationJson.Parse(System.Text.Encoding.UTF8.GetBytes(package.StatSpecificationJson(reference.File)), limits);
            if (spec.TypeName != reference.Type)
            {
                results.Add(new("statistical", CheckStatus.Failed, $"{reference.File}: the manifest says {reference.Type}, the file holds a {spec.TypeName}"));
                return null;
            }
            double self = spec.SquaredDistance(spec);
            if (!double.IsFinite(self))
            {
                results.Add(new("statistical", CheckStatus.Failed, $"{reference.File}: the distance of the specification to itself is {self}"));
                return null;
            }
            results.Add(new("statistical", CheckStatus.Passed, $"{reference.File}: {spec.Describe()}"));
            return spec;
        }
        catch (SpecificationException e)
        {
            results.Add(new("statistical", CheckStatus.Failed, $"{reference.File}: {e.Message}"));
            return null;
        }
    }

    private static OnnxModel? CheckModelLoads(LearnwarePackage package, List<CheckResult> results)
    {
        var spec = package.Manifest.Model;
        OnnxModel model;
        try
        {
            model = OnnxModel.Load(package.ModelBytes, spec.File);
        }
        catch (ModelException e)
        {
            results.Add(new("model loads", CheckStatus.Failed, e.Message));
            return null;
        }
        var missing = new List<string>();
        if (model.Inputs.All(i => i.Name != spec.Input.Name))
            missing.Add($"input '{spec.Input.Name}' (the model's inputs: {string.Join(", ", model.Inputs.Select(i => i.Name))})");
        if (model.Outputs.All(o => o.Name != spec.Output.Name))
            missing.Add($"output '{spec.Output.Name}' (the model's outputs: {string.Join(", ", model.Outputs.Select(o => o.Name))})");
        if (missing.Count > 0)
        {
            model.Dispose();
            results.Add(new("model loads", CheckStatus.Failed, "the manifest names " + string.Join(" and ", missing)));
            return null;
        }
        results.Add(new("model loads", CheckStatus.Passed, $"{spec.File}: {string.Join("; ", model.Inputs)} -> {model.Outputs.First(o => o.Name == spec.Output.Name)}"));
        return model;
    }

    private static bool CheckDimensions(LearnwarePackage package, SemanticSpecification? semantic,
        IStatSpecification? stat, OnnxModel? model, List<CheckResult> results)
    {
        var spec = package.Manifest.Model;
        long manifestDim = spec.Input.Shape.Aggregate(1L, (a, b) => a * b);
        var problems = new List<string>();
        if (model?.Inputs.First(i => i.Name == spec.Input.Name) is { } input)
        {
            var perSample = input.Shape.Skip(1).ToArray();
            if (perSample.All(d => d > 0) && perSample.Aggregate(1L, (a, b) => a * b) != manifestDim)
                problems.Add($"the model's input '{input.Name}' takes [{string.Join(", ", perSample)}] per sample, the manifest says [{string.Join(", ", spec.Input.Shape)}]");
        }
        if (semantic?.Input is { } features && features.Dimension != manifestDim)
            problems.Add($"the semantic Input.Dimension is {features.Dimension}, the model takes {manifestDim} features");
        if (stat?.InputMismatch(spec.Input.Shape) is { } mismatch)
            problems.Add(mismatch);
        if (stat is RkmeTextSpecification text && spec.Input.Encoder != text.Encoder)
            problems.Add(spec.Input.Encoder is null
                ? $"the statistical specification holds {text.Encoder} sentence embeddings, but model.input.encoder does not say the model takes them"
                : $"the model takes {spec.Input.Encoder} sentence embeddings, the statistical specification holds {text.Encoder} embeddings");
        if (stat is not null && semantic?.DataType is { } dataType && dataType != stat.DataType)
            problems.Add($"the semantic Data is {dataType} but the statistical specification is a {stat.TypeName} ({stat.DataType})");
        if (semantic?.Output is { } outputs && semantic.TaskType == "Regression")
        {
            long declared = spec.Output.Shape.Aggregate(1L, (a, b) => a * b);
            if (declared != outputs.Dimension)
                problems.Add($"the semantic Output.Dimension is {outputs.Dimension}, the manifest's output has {declared} values");
        }
        if (semantic?.Output is { } classes && semantic.TaskType == "Classification"
            && spec.Output.Meaning is OutputMeaning.Probabilities or OutputMeaning.Scores)
        {
            // The predictor pads missing classes with zeros, so a short output would pass the later checks unnoticed;
            // a manifest that names its columns' classes declares the missing ones on purpose (an expert on some classes).
            var columns = spec.Output.EffectiveClasses;
            if (spec.Output.Classes is null && columns.Count != classes.Dimension)
                problems.Add($"the semantic Output.Dimension is {classes.Dimension}, the manifest's output has {columns.Count} class columns");
            else if (columns.Any(c => c >= classes.Dimension))
                problems.Add($"the manifest's output classes [{string.Join(", ", columns)}] go beyond Output.Dimension {classes.Dimension}");
        }
        bool kindMatches = semantic?.TaskType switch
        {
            "Classification" => spec.Kind == ModelKind.Classifier,
            "Regression" => spec.Kind == ModelKind.Regressor,
            "Feature Extraction" => spec.Kind == ModelKind.FeatureExtractor,
            _ => true,
        };
        if (!kindMatches)
            problems.Add($"the semantic task is {semantic!.TaskType} but the manifest's model kind is {spec.Kind}");
        if (problems.Count > 0)
        {
            results.Add(new("dimensions", CheckStatus.Failed, string.Join("; ", problems)));
            return false;
        }
        results.Add(model is null || semantic is null || stat is null
            ? new("dimensions", CheckStatus.Skipped, "needs the model and both specifications")
            : new("dimensions", CheckStatus.Passed, $"the model's input [{string.Join(", ", spec.Input.Shape)}] fits the semantic and the statistical specification"));
        return true;
    }

    private Prediction? CheckRuns(LearnwarePackage package, SemanticSpecification semantic, IStatSpecification stat,
        OnnxModel model, List<CheckResult> results)
    {
        var inputs = stat.SampleModelInputs(package.Manifest.Model.Input.Shape, _options.HerdedInputs, _options.GaussianInputs,
            new Random(_options.Seed));
        var classCount = semantic.Output?.Dimension ?? 0;
        try
        {
            var predictor = new LearnwarePredictor(model, package.Manifest.Model, classCount, _options.Limits);
            var prediction = predictor.Predict(inputs);
            if (prediction.Rows != inputs.Rows)
            {
                results.Add(new("runs", CheckStatus.Failed, $"{inputs.Rows} inputs gave {prediction.Rows} outputs"));
                return null;
            }
            results.Add(new("runs", CheckStatus.Passed, $"{_options.HerdedInputs} inputs herded from the RKME and {_options.GaussianInputs} random inputs, " +
                $"within {_options.Limits.ModelRun.WallClock.TotalSeconds:0.###} s and {_options.Limits.ModelRun.MemoryBytes / (1024 * 1024)} MiB"));
            return prediction;
        }
        catch (ModelException e)
        {
            results.Add(new("runs", CheckStatus.Failed, e.Message));
            return null;
        }
    }

    private CheckResult CheckOutputs(ModelSpec spec, SemanticSpecification semantic, Prediction prediction)
    {
        int declared = semantic.Output?.Dimension ?? 0;
        if (prediction.Values is { } values)
        {
            if (!values.Data.All(double.IsFinite))
                return new("outputs", CheckStatus.Failed, "the model produced non-finite values (NaN or infinity)");
            if (semantic.TaskType == "Regression" && values.Columns != declared)
                return new("outputs", CheckStatus.Failed, $"the model gives {values.Columns} values per row, the semantic Output.Dimension is {declared}");
            return new("outputs", CheckStatus.Passed, $"{values.Columns} finite values per row");
        }
        var labels = prediction.Labels!;
        if (labels.Any(l => l < 0 || l >= declared))
            return new("outputs", CheckStatus.Failed, $"predicted labels {string.Join(", ", labels.Where(l => l < 0 || l >= declared).Distinct().Take(5))} lie outside [0, {declared}) (Output.Dimension {declared})");
        if (prediction.Probabilities is not { } probabilities)
            return new("outputs", CheckStatus.Passed, $"labels in [0, {declared})");
        if (probabilities.Columns != declared)
            return new("outputs", CheckStatus.Failed, $"the model gives probabilities for {probabilities.Columns} classes, the semantic Output.Dimension is {declared}");
        for (int r = 0; r < probabilities.Rows; r++)
        {
            var row = probabilities.Row(r);
            double sum = 0;
            foreach (double p in row)
            {
                if (!double.IsFinite(p) || p < -_options.ProbabilityTolerance || p > 1 + _options.ProbabilityTolerance)
                    return new("outputs", CheckStatus.Failed, $"row {r}: {p} is not a probability");
                sum += p;
            }
            if (Math.Abs(sum - 1) > _options.ProbabilityTolerance)
                return new("outputs", CheckStatus.Failed, spec.Output.Meaning == OutputMeaning.Probabilities
                    ? $"row {r}: probabilities sum to {sum:G6}, not 1 (declare the output as 'scores' if it is not normalised)"
                    : $"row {r}: probabilities sum to {sum:G6}, not 1");
        }
        return new("outputs", CheckStatus.Passed, $"{declared} class probabilities per row, each row summing to 1");
    }
}
