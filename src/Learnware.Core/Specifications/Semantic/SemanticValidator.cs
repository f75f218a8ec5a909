namespace Learnware.Specifications.Semantic;

/// <summary>
/// Checks that a semantic specification is complete enough for a learnware: the reference checker's rules, plus
/// length limits on the name (5–50 characters) and the description (10–10,000).
/// </summary>
public static class SemanticValidator
{
    /// <summary>
    /// Every violation of the rules, each with its JSON path; empty when the specification is valid. Dimensions and
    /// texts are held to <paramref name="limits"/> (default <see cref="Packaging.PackageLimits.Default"/>).
    /// </summary>
    public static IReadOnlyList<SemanticViolation> Validate(SemanticSpecification spec, Packaging.PackageLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        limits ??= Packaging.PackageLimits.Default;
        var problems = new List<SemanticViolation>();
        ExactlyOne(problems, "Data", spec.Data, SemanticVocabulary.Data);
        ExactlyOne(problems, "Task", spec.Task, SemanticVocabulary.Task);
        ExactlyOne(problems, "Library", spec.Library, SemanticVocabulary.Library);
        AtLeastOne(problems, "Scenario", spec.Scenario, SemanticVocabulary.Scenario);
        ExactlyOne(problems, "License", spec.License, SemanticVocabulary.License);
        Length(problems, "Name", spec.Name, SemanticVocabulary.MinNameLength, SemanticVocabulary.MaxNameLength);
        Length(problems, "Description", spec.Description, SemanticVocabulary.MinDescriptionLength,
            SemanticVocabulary.MaxDescriptionLength);

        if (spec.DataType == "Table")
        {
            if (spec.Input is null)
                problems.Add(new("$.Input", "is required for table data: give \"Dimension\" (the number of features)"));
            else
                Features(problems, "Input", spec.Input, 1, limits.MaxFeatures, limits);
        }
        else if (spec.Input is not null)
            Features(problems, "Input", spec.Input, 1, limits.MaxFeatures, limits);

        if (spec.TaskType is "Classification" or "Regression")
        {
            int minimum = spec.TaskType == "Classification" ? 2 : 1;
            if (spec.Output is null)
                problems.Add(new("$.Output", $"is required for {spec.TaskType.ToLowerInvariant()}: give \"Dimension\" " +
                    (minimum == 2 ? "(the number of classes)" : "(the number of outputs)")));
            else
                Features(problems, "Output", spec.Output, minimum, minimum == 2 ? limits.MaxClasses : limits.MaxOutputValues, limits);
        }
        else if (spec.Output is not null)
            Features(problems, "Output", spec.Output, 1, limits.MaxOutputValues, limits);
        return problems;
    }

    /// <summary>Parses and validates JSON text: shape problems and rule violations together.</summary>
    public static IReadOnlyList<SemanticViolation> ValidateJson(string json, Packaging.PackageLimits? limits = null)
    {
        var problems = new List<SemanticViolation>();
        SemanticSpecification spec;
        try
        {
            spec = SemanticJson.Parse(json, problems);
        }
        catch (SpecificationException e)
        {
            return [new SemanticViolation("$", e.Message)];
        }
        var shapeProblems = problems.Select(p => p.Path).ToHashSet();
        // A malformed entry is already reported; do not report it a second time as missing.
        problems.AddRange(Validate(spec, limits).Where(v => !shapeProblems.Any(p => p.StartsWith(v.Path, StringComparison.Ordinal) || v.Path.StartsWith(p, StringComparison.Ordinal))));
        return problems;
    }

    private static void ExactlyOne(List<SemanticViolation> problems, string key, IReadOnlyList<string> values,
        IReadOnlyList<string> allowed)
    {
        if (values.Count != 1)
            problems.Add(new($"$.{key}.Values", $"must hold exactly one value, got {values.Count} (allowed: {string.Join(", ", allowed)})"));
        CheckAllowed(problems, key, values, allowed);
    }

    private static void AtLeastOne(List<SemanticViolation> problems, string key, IReadOnlyList<string> values,
        IReadOnlyList<string> allowed)
    {
        if (values.Count == 0)
            problems.Add(new($"$.{key}.Values", $"must hold at least one value (allowed: {string.Join(", ", allowed)})"));
        CheckAllowed(problems, key, values, allowed);
    }

    private static void CheckAllowed(List<SemanticViolation> problems, string key, IReadOnlyList<string> values,
        IReadOnlyList<string> allowed)
    {
        for (int i = 0; i < values.Count; i++)
            if (!allowed.Contains(values[i]))
                problems.Add(new($"$.{key}.Values[{i}]", $"\"{values[i]}\" is not one of: {string.Join(", ", allowed)}"));
    }

    private static void Length(List<SemanticViolation> problems, string key, string value, int min, int max)
    {
        int length = value.Trim().Length;
        if (length < min || length > max)
            problems.Add(new($"$.{key}.Values", $"must be {min} to {max} characters long, got {length}"));
    }

    private static void Features(List<SemanticViolation> problems, string key, FeatureDescriptions features, int minimum,
        int maximum, Packaging.PackageLimits limits)
    {
        if (features.Dimension < minimum)
            problems.Add(new($"$.{key}.Dimension", $"must be at least {minimum}, got {features.Dimension}"));
        else if (features.Dimension > maximum)
            problems.Add(new($"$.{key}.Dimension", $"must be at most {maximum} (the dock's limit), got {features.Dimension}"));
        foreach (var (index, text) in features.Descriptions.OrderBy(p => p.Key))
        {
            if (index < 0 || index >= features.Dimension)
                problems.Add(new($"$.{key}.Description[\"{index}\"]", $"index {index} is outside [0, {features.Dimension})"));
            else if (string.IsNullOrWhiteSpace(text))
                problems.Add(new($"$.{key}.Description[\"{index}\"]", "must not be empty"));
            else if (text.Length > limits.MaxTextLength)
                problems.Add(new($"$.{key}.Description[\"{index}\"]", $"must be at most {limits.MaxTextLength} characters long, got {text.Length}"));
        }
    }
}
