using System.Text;
using Learnware.Specifications.Semantic;

namespace Learnware.Samples;

/// <summary>The semantic specification and the readme of a sample task.</summary>
internal static class SampleDocuments
{
    /// <summary>The semantic specification JSON; throws if it would not pass validation.</summary>
    public static string Semantic(SampleDomain domain, SampleTask task)
    {
        var features = domain.Features;
        var spec = new SemanticSpecification
        {
            Data = ["Table"],
            Task = [task.Kind.ToString()],
            // ML.NET is not in the vocabulary.
            Library = ["Others"],
            Scenario = [.. domain.Scenarios],
            License = ["MIT"],
            Name = task.Title,
            Description = task.Description,
            Input = new FeatureDescriptions(features.Count,
                features.Select((f, i) => (i, Text: $"{f.Name}: {f.Description}")).ToDictionary(p => p.i, p => p.Text)),
            Output = task.Kind == TaskKind.Classification
                ? new FeatureDescriptions(domain.Classes.Count,
                    domain.Classes.Select((c, i) => (i, c)).ToDictionary(p => p.i, p => p.c))
                : new FeatureDescriptions(1, new Dictionary<int, string> { [0] = task.TargetDescription! }),
        };
        var violations = SemanticValidator.Validate(spec);
        if (violations.Count > 0)
            throw new InvalidOperationException($"{task.Name}: invalid semantic specification: {string.Join("; ", violations)}");
        return SemanticJson.Serialize(spec) + "\n";
    }

    /// <summary>The readme that travels in the package: what the model does, on which data, how well.</summary>
    public static string Readme(SampleDomain domain, SampleTask task, int trainingRows, string evaluation)
    {
        var text = new StringBuilder();
        text.Append($"# {task.Title}\n\n{task.Description}\n\n");
        text.Append($"- Task: {(task.Kind == TaskKind.Classification ? $"classification into {domain.Classes.Count} grades" : "regression")}\n");
        text.Append($"- Model: ML.NET {TrainerName(task.Trainer)}, exported to ONNX; input `Features` [N, {domain.Features.Count}]\n");
        text.Append($"- Trained on {trainingRows} {domain.RowNoun}: {task.Population.Summary}\n");
        text.Append($"- Held out: {evaluation}\n\n");
        text.Append($"## Input\n\nOne row per {domain.RowNoun.TrimEnd('s')}, the columns in this order (the {domain.Name} domain's standardized units):\n\n");
        text.Append("| # | column | meaning |\n| --- | --- | --- |\n");
        foreach (var (f, i) in domain.Features.Select((f, i) => (f, i)))
            text.Append($"| {i} | `{f.Name}` | {f.Description} |\n");
        text.Append("\n## Output\n\n");
        if (task.Kind == TaskKind.Classification)
        {
            text.Append("The probability of each grade; the predicted grade is the most probable one.\n\n");
            text.Append("| class | meaning |\n| --- | --- |\n");
            foreach (var (c, i) in domain.Classes.Select((c, i) => (c, i)))
                text.Append($"| {i} | {c} |\n");
        }
        else
            text.Append($"One value: {task.TargetDescription}.\n");
        return text.ToString();
    }

    private static string TrainerName(SampleTrainer trainer) => trainer switch
    {
        SampleTrainer.MaximumEntropy => "LbfgsMaximumEntropy (multinomial logistic regression)",
        SampleTrainer.LightGbm => "LightGbm (gradient-boosted trees)",
        _ => "FastTree (gradient-boosted regression trees)",
    };
}
