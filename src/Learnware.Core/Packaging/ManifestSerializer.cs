using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Learnware.Packaging;

/// <summary>Reads and writes <c>learnware.yaml</c> (format version 1).</summary>
public static partial class ManifestSerializer
{
    /// <summary>Writes <paramref name="manifest"/> as YAML; throws <see cref="ManifestException"/> when it breaks a manifest rule.</summary>
    public static string Serialize(LearnwareManifest manifest)
    {
        ManifestValidator.Validate(manifest);
        var model = manifest.Model;
        var output = new YamlMappingNode
        {
            { "name", Text(model.Output.Name) },
            { "shape", Numbers(model.Output.Shape) },
            { "meaning", ManifestWords.ToWord(model.Output.Meaning) },
        };
        if (model.Output.Classes is not null)
        {
            output.Add("classes", Numbers(model.Output.Classes));
        }

        var root = new YamlMappingNode
        {
            { "format_version", LearnwareManifest.CurrentFormatVersion.ToString(CultureInfo.InvariantCulture) },
            {
                "model", new YamlMappingNode
                {
                    { "file", Text(model.File) },
                    { "kind", ManifestWords.ToWord(model.Kind) },
                    { "input", Input(model.Input) },
                    { "output", output },
                }
            },
            {
                "stat_specifications",
                new YamlSequenceNode(manifest.StatSpecifications.Select(s =>
                    new YamlMappingNode { { "file", Text(s.File) }, { "type", Text(s.Type) } }))
            },
            { "semantic_specification", Text(manifest.SemanticSpecification) },
        };
        if (manifest.Readme is not null)
        {
            root.Add("readme", Text(manifest.Readme));
        }

        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var settings = EmitterSettings.Default.WithIndentedSequences().WithNewLine("\n");
        new YamlStream(new YamlDocument(root)).Save(new Emitter(writer, settings), assignAnchors: false);

        // The representation model always ends the document explicitly; a lone document reads better without the marker.
        const string documentEnd = "...\n";
        var text = writer.ToString();
        return text.EndsWith(documentEnd, StringComparison.Ordinal) ? text[..^documentEnd.Length] : text;
    }

    /// <summary>Reads a manifest; throws <see cref="ManifestException"/> naming the first wrong field. Unknown keys are ignored.</summary>
    public static LearnwareManifest Parse(string yaml, PackageLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var reader = ManifestYamlReader.Load(yaml);
        var root = reader.Root;

        var version = reader.Int(reader.Required(root, "format_version", "format_version"), "format_version");
        if (version != LearnwareManifest.CurrentFormatVersion)
        {
            throw reader.Locate(new ManifestException(
                "format_version",
                $"unsupported version {version} (this reader understands {LearnwareManifest.CurrentFormatVersion})"));
        }

        var manifest = new LearnwareManifest(
            ReadModel(reader, reader.Mapping(reader.Required(root, "model", "model"), "model")),
            ReadStats(reader, reader.Required(root, "stat_specifications", "stat_specifications")),
            reader.String(reader.Required(root, "semantic_specification", "semantic_specification"), "semantic_specification"),
            reader.Optional(root, "readme", "readme") is { } readme ? reader.String(readme, "readme") : null);
        try
        {
            ManifestValidator.Validate(manifest, limits);
        }
        catch (ManifestException e)
        {
            throw reader.Locate(e);
        }

        return manifest;
    }

    private static ModelSpec ReadModel(ManifestYamlReader reader, YamlMappingNode model)
    {
        var kindNode = reader.Required(model, "kind", "model.kind");
        var kindWord = reader.String(kindNode, "model.kind");
        if (!ManifestWords.TryParse(kindWord, out ModelKind kind))
        {
            throw reader.Error("model.kind", $"unknown value '{kindWord}' (expected one of {ManifestWords.KindList})", kindNode);
        }

        var input = reader.Mapping(reader.Required(model, "input", "model.input"), "model.input");
        var output = reader.Mapping(reader.Required(model, "output", "model.output"), "model.output");
        var meaningNode = reader.Required(output, "meaning", "model.output.meaning");
        var meaningWord = reader.String(meaningNode, "model.output.meaning");
        if (!ManifestWords.TryParse(meaningWord, out OutputMeaning meaning))
        {
            throw reader.Error("model.output.meaning", $"unknown value '{meaningWord}' (expected one of {ManifestWords.MeaningList})", meaningNode);
        }

        return new ModelSpec(
            reader.String(reader.Required(model, "file", "model.file"), "model.file"),
            kind,
            new ModelInputSpec(
                reader.String(reader.Required(input, "name", "model.input.name"), "model.input.name"),
                reader.IntList(reader.Required(input, "shape", "model.input.shape"), "model.input.shape"))
            {
                Encoder = reader.Optional(input, "encoder", "model.input.encoder") is { } encoder
                    ? reader.String(encoder, "model.input.encoder")
                    : null,
            },
            new ModelOutputSpec(
                reader.String(reader.Required(output, "name", "model.output.name"), "model.output.name"),
                reader.IntList(reader.Required(output, "shape", "model.output.shape"), "model.output.shape"),
                meaning,
                reader.Optional(output, "classes", "model.output.classes") is { } classes
                    ? reader.IntList(classes, "model.output.classes")
                    : null));
    }

    private static IReadOnlyList<StatSpecificationRef> ReadStats(ManifestYamlReader reader, YamlNode node)
    {
        var items = reader.Sequence(node, "stat_specifications");
        var stats = new List<StatSpecificationRef>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var path = $"stat_specifications[{i}]";
            var item = reader.Mapping(items[i], path);
            stats.Add(new StatSpecificationRef(
                reader.String(reader.Required(item, "file", $"{path}.file"), $"{path}.file"),
                reader.String(reader.Required(item, "type", $"{path}.type"), $"{path}.type")));
        }

        return stats;
    }

    private static YamlMappingNode Input(ModelInputSpec input)
    {
        var node = new YamlMappingNode { { "name", Text(input.Name) }, { "shape", Numbers(input.Shape) } };
        if (input.Encoder is not null)
        {
            node.Add("encoder", Text(input.Encoder));
        }

        return node;
    }

    private static YamlSequenceNode Numbers(IEnumerable<int> values) =>
        new(values.Select(v => new YamlScalarNode(v.ToString(CultureInfo.InvariantCulture))))
        {
            Style = SequenceStyle.Flow,
        };

    // Quote strings that YAML readers (PyYAML's YAML 1.1 rules included) would take for a null, bool or number.
    private static YamlScalarNode Text(string value) =>
        new(value) { Style = LooksLikeNonString().IsMatch(value) ? ScalarStyle.DoubleQuoted : ScalarStyle.Any };

    [GeneratedRegex(@"^(|~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|y|Y|n|N|[-+.]?[0-9].*|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)|<<|=)$")]
    private static partial Regex LooksLikeNonString();
}
