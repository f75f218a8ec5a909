using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Learnware.Specifications.Semantic;

/// <summary>Reads and writes semantic specifications in the reference JSON layout.</summary>
public static class SemanticJson
{
    private static readonly (string Key, string Type)[] TagKeys =
        [("Data", "Class"), ("Task", "Class"), ("Library", "Class"), ("Scenario", "Tag"), ("License", "Class")];

    /// <summary>
    /// Parses a specification. Shape problems (a wrong "Type", a list where a string belongs, a non-integer index)
    /// are added to <paramref name="problems"/> with their JSON paths and the entry is read as empty; text that is
    /// not a JSON object throws <see cref="SpecificationException"/>. Unknown keys are ignored.
    /// </summary>
    public static SemanticSpecification Parse(string json, ICollection<SemanticViolation>? problems = null)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true, AllowDuplicateProperties = false });
        }
        catch (JsonException e)
        {
            throw new SpecificationException($"not valid JSON (line {e.LineNumber + 1}): {e.Message}", e);
        }
        if (root is not JsonObject obj)
            throw new SpecificationException("a semantic specification must be a JSON object");
        problems ??= [];
        return new SemanticSpecification
        {
            Data = ReadValues(obj, "Data", "Class", problems),
            Task = ReadValues(obj, "Task", "Class", problems),
            Library = ReadValues(obj, "Library", "Class", problems),
            Scenario = ReadValues(obj, "Scenario", "Tag", problems),
            License = ReadValues(obj, "License", "Class", problems),
            Name = ReadString(obj, "Name", problems),
            Description = ReadString(obj, "Description", problems),
            Input = ReadFeatures(obj, "Input", problems),
            Output = ReadFeatures(obj, "Output", problems),
        };
    }

    /// <summary>The reference-layout JSON of a specification (indented, keys in the reference's order).</summary>
    public static string Serialize(SemanticSpecification spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var root = new JsonObject();
        foreach (var (key, type) in TagKeys)
            root[key] = new JsonObject { ["Type"] = type, ["Values"] = new JsonArray(Values(spec, key).Select(v => (JsonNode)v!).ToArray()) };
        root["Name"] = new JsonObject { ["Type"] = "String", ["Values"] = spec.Name };
        root["Description"] = new JsonObject { ["Type"] = "String", ["Values"] = spec.Description };
        if (spec.Input is { } input) root["Input"] = Features(input);
        if (spec.Output is { } output) root["Output"] = Features(output);
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static IReadOnlyList<string> Values(SemanticSpecification spec, string key) => key switch
    {
        "Data" => spec.Data,
        "Task" => spec.Task,
        "Library" => spec.Library,
        "Scenario" => spec.Scenario,
        _ => spec.License,
    };

    private static JsonObject Features(FeatureDescriptions features)
    {
        var descriptions = new JsonObject();
        foreach (var (index, text) in features.Descriptions.OrderBy(p => p.Key))
            descriptions[index.ToString(CultureInfo.InvariantCulture)] = text;
        return new JsonObject { ["Dimension"] = features.Dimension, ["Description"] = descriptions };
    }

    private static JsonObject? Entry(JsonObject root, string key, ICollection<SemanticViolation> problems)
    {
        if (!root.TryGetPropertyValue(key, out var node) || node is null)
            return null;
        if (node is JsonObject entry)
            return entry;
        problems.Add(new($"$.{key}", $"must be an object with \"Type\" and \"Values\", got {Kind(node)}"));
        return null;
    }

    private static void CheckType(JsonObject entry, string key, string expected, ICollection<SemanticViolation> problems)
    {
        var type = entry["Type"];
        if (type is JsonValue value && value.TryGetValue(out string? text) && text == expected)
            return;
        problems.Add(new($"$.{key}.Type", $"must be \"{expected}\", got {(type is null ? "nothing" : type.ToJsonString())}"));
    }

    private static IReadOnlyList<string> ReadValues(JsonObject root, string key, string type, ICollection<SemanticViolation> problems)
    {
        if (Entry(root, key, problems) is not { } entry)
            return [];
        CheckType(entry, key, type, problems);
        var values = entry["Values"];
        // The reference wraps a lone string in a list for License and Scenario; accepting it everywhere is harmless.
        if (values is JsonValue single && single.TryGetValue(out string? one))
            return [one];
        if (values is not JsonArray array)
        {
            problems.Add(new($"$.{key}.Values", $"must be a list of strings, got {Kind(values)}"));
            return [];
        }
        var result = new List<string>();
        for (int i = 0; i < array.Count; i++)
        {
            if (array[i] is JsonValue item && item.TryGetValue(out string? text))
                result.Add(text);
            else
                problems.Add(new($"$.{key}.Values[{i}]", $"must be a string, got {Kind(array[i])}"));
        }
        return result;
    }

    private static string ReadString(JsonObject root, string key, ICollection<SemanticViolation> problems)
    {
        if (Entry(root, key, problems) is not { } entry)
            return "";
        CheckType(entry, key, "String", problems);
        if (entry["Values"] is JsonValue value && value.TryGetValue(out string? text))
            return text;
        problems.Add(new($"$.{key}.Values", $"must be a string, got {Kind(entry["Values"])}"));
        return "";
    }

    private static FeatureDescriptions? ReadFeatures(JsonObject root, string key, ICollection<SemanticViolation> problems)
    {
        if (!root.TryGetPropertyValue(key, out var node) || node is null)
            return null;
        if (node is not JsonObject entry)
        {
            problems.Add(new($"$.{key}", $"must be an object with \"Dimension\" and \"Description\", got {Kind(node)}"));
            return null;
        }
        int dimension = 0;
        var dim = entry["Dimension"];
        if (dim is JsonValue dv && (dv.TryGetValue(out int d) || dv.TryGetValue(out string? ds) && int.TryParse(ds, CultureInfo.InvariantCulture, out d)))
            dimension = d;
        else
            problems.Add(new($"$.{key}.Dimension", $"must be an integer, got {Kind(dim)}"));

        var descriptions = new Dictionary<int, string>();
        var desc = entry["Description"];
        if (desc is JsonObject map)
        {
            foreach (var (name, text) in map)
            {
                if (!int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out int index))
                    problems.Add(new($"$.{key}.Description[\"{name}\"]", "keys must be feature indices such as \"0\""));
                else if (text is JsonValue tv && tv.TryGetValue(out string? s))
                    descriptions[index] = s;
                else
                    problems.Add(new($"$.{key}.Description[\"{name}\"]", $"must be a string, got {Kind(text)}"));
            }
        }
        else if (desc is not null)
            problems.Add(new($"$.{key}.Description", $"must be an object mapping indices to texts, got {Kind(desc)}"));
        return new FeatureDescriptions(dimension, descriptions);
    }

    private static string Kind(JsonNode? node) => node switch
    {
        null => "nothing",
        JsonObject => "an object",
        JsonArray => "a list",
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => "a string",
            JsonValueKind.Number => "a number",
            JsonValueKind.True or JsonValueKind.False => "a boolean",
            _ => "null",
        },
        _ => "something else",
    };
}
