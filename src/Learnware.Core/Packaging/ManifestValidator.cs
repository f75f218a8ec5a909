namespace Learnware.Packaging;

/// <summary>
/// The rules a manifest must follow beyond its YAML structure. Applied when parsing, serialising and
/// building a package, so a manifest made in code is held to the same rules as one read from a file.
/// </summary>
internal static class ManifestValidator
{
    /// <summary>Throws the first rule the manifest breaks; sizes are held to <paramref name="limits"/> (default <see cref="PackageLimits.Default"/>).</summary>
    public static void Validate(LearnwareManifest manifest, PackageLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        limits ??= PackageLimits.Default;
        var model = manifest.Model ?? throw Error("model", "is required");
        var files = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        CheckFile(model.File, "model.file", files);
        if (!Enum.IsDefined(model.Kind))
        {
            throw Error("model.kind", $"is not one of {ManifestWords.KindList}");
        }

        var input = model.Input ?? throw Error("model.input", "is required");
        CheckName(input.Name, "model.input.name");
        CheckShape(input.Shape, "model.input.shape", limits.MaxFeatures, "values per sample");
        if (input.Encoder is not null && string.IsNullOrWhiteSpace(input.Encoder))
        {
            throw Error("model.input.encoder", "must name a sentence encoder when present");
        }

        var output = model.Output ?? throw Error("model.output", "is required");
        CheckName(output.Name, "model.output.name");
        CheckShape(output.Shape, "model.output.shape", limits.MaxOutputValues, "values per sample");
        CheckMeaning(model.Kind, output.Meaning);
        CheckClasses(model.Kind, output, limits.MaxClasses);

        var stats = manifest.StatSpecifications;
        if (stats is null || stats.Count == 0)
        {
            throw Error("stat_specifications", "needs at least one entry");
        }

        for (var i = 0; i < stats.Count; i++)
        {
            var field = $"stat_specifications[{i}]";
            var stat = stats[i] ?? throw Error(field, "must be a mapping with file and type");
            CheckFile(stat.File, $"{field}.file", files);
            CheckName(stat.Type, $"{field}.type");
        }

        CheckFile(manifest.SemanticSpecification, "semantic_specification", files);
        if (manifest.Readme is not null)
        {
            CheckFile(manifest.Readme, "readme", files);
        }
    }

    private static void CheckName(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw Error(field, "must not be empty");
        }
    }

    private static void CheckFile(string? path, string field, Dictionary<string, string> seen)
    {
        CheckName(path, field);
        string normalized;
        try
        {
            normalized = PackagePath.Normalize(path!);
        }
        catch (PackageFormatException e)
        {
            throw Error(field, $"'{path}' is not a valid package path: {e.Reason}");
        }

        if (PackagePath.IsDirectory(path!))
        {
            throw Error(field, $"'{path}' names a directory, not a file");
        }

        if (string.Equals(normalized, LearnwareManifest.FileName, StringComparison.OrdinalIgnoreCase))
        {
            throw Error(field, "must not name the manifest itself");
        }

        if (!seen.TryAdd(normalized, field))
        {
            throw Error(field, $"names the same file as {seen[normalized]}");
        }
    }

    private static void CheckShape(IReadOnlyList<int>? shape, string field, int maxValues, string what)
    {
        if (shape is null)
        {
            throw Error(field, "is required");
        }

        for (var i = 0; i < shape.Count; i++)
        {
            if (shape[i] <= 0)
            {
                throw Error($"{field}[{i}]", $"dimension must be a positive integer, got {shape[i]}");
            }
        }

        // The product is what gets allocated per sample; checked in 64 bits so that no shape can overflow it.
        long product = 1;
        foreach (var dimension in shape)
        {
            product = Math.Min(product * dimension, long.MaxValue / int.MaxValue);
        }

        if (product > maxValues)
        {
            throw Error(field, $"holds {product} {what} ([{string.Join(", ", shape)}]), more than the limit of {maxValues}");
        }
    }

    private static void CheckMeaning(ModelKind kind, OutputMeaning meaning)
    {
        if (!Enum.IsDefined(meaning))
        {
            throw Error("model.output.meaning", $"is not one of {ManifestWords.MeaningList}");
        }

        var fits = kind == ModelKind.Classifier
            ? meaning is OutputMeaning.Probabilities or OutputMeaning.Scores or OutputMeaning.Labels
            : meaning is OutputMeaning.Values;
        if (!fits)
        {
            var expected = kind == ModelKind.Classifier ? "probabilities, scores or labels" : "values";
            throw Error(
                "model.output.meaning",
                $"'{ManifestWords.ToWord(meaning)}' does not fit a {ManifestWords.ToWord(kind)} (expected {expected})");
        }
    }

    private static void CheckClasses(ModelKind kind, ModelOutputSpec output, int maxClasses)
    {
        var classes = output.Classes;
        if (classes is null)
        {
            return;
        }

        const string field = "model.output.classes";
        if (kind != ModelKind.Classifier || output.Meaning is not (OutputMeaning.Probabilities or OutputMeaning.Scores))
        {
            throw Error(field, "is only allowed for a classifier whose output meaning is probabilities or scores");
        }

        if (output.Shape.Count == 0)
        {
            throw Error(field, "needs an output shape whose last dimension holds the classes");
        }

        if (classes.Count != output.Shape[^1])
        {
            throw Error(field, $"has {classes.Count} entries but the output has {output.Shape[^1]} columns");
        }

        var seen = new HashSet<int>();
        for (var i = 0; i < classes.Count; i++)
        {
            if (classes[i] < 0)
            {
                throw Error($"{field}[{i}]", $"class index must not be negative, got {classes[i]}");
            }

            if (classes[i] >= maxClasses)
            {
                throw Error($"{field}[{i}]", $"class index must be below the limit of {maxClasses} classes, got {classes[i]}");
            }

            if (!seen.Add(classes[i]))
            {
                throw Error($"{field}[{i}]", $"class {classes[i]} appears twice");
            }
        }
    }

    private static ManifestException Error(string field, string reason) => new(field, reason);
}
