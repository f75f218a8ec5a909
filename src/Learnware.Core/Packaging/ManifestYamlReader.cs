using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Learnware.Packaging;

/// <summary>
/// Walks the YAML tree of a manifest, turning every type mismatch into a <see cref="ManifestException"/>
/// that names the field and its location. Remembers where each field was seen, so later rule checks can point there too.
/// </summary>
internal sealed class ManifestYamlReader
{
    // Deeper nesting has no use in a manifest and would let a crafted file exhaust the loader's stack.
    private const int MaxDepth = 32;
    private const string CoreTag = "tag:yaml.org,2002:";

    private readonly Dictionary<string, Mark> _marks = new(StringComparer.Ordinal);

    private ManifestYamlReader(YamlMappingNode root) => Root = root;

    public YamlMappingNode Root { get; }

    public static ManifestYamlReader Load(string yaml)
    {
        try
        {
            Scan(yaml);
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            var root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
            if (root is null || IsNull(root))
            {
                throw new ManifestException(null, "the manifest is empty");
            }

            return root is YamlMappingNode map
                ? new ManifestYamlReader(map)
                : throw new ManifestException(null, "the manifest must be a YAML mapping", root.Start.Line, root.Start.Column);
        }
        catch (YamlException e)
        {
            throw new ManifestException(null, $"invalid YAML: {Describe(e)}", e.Start.Line, e.Start.Column, e);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            // The loader reports a repeated mapping key as an argument error of its dictionary,
            // and the scanner fails on some malformed plain scalars with an invalid-operation error.
            throw new ManifestException(null, $"invalid YAML: {e.Message}", innerException: e);
        }
    }

    /// <summary>The child at <paramref name="key"/>, or null when it is absent or a YAML null.</summary>
    public YamlNode? Optional(YamlMappingNode map, string key, string path)
    {
        foreach (var (k, value) in map.Children)
        {
            if (k is YamlScalarNode { Value: var name } && name == key)
            {
                _marks[path] = value.Start;
                return IsNull(value) ? null : value;
            }
        }

        return null;
    }

    public YamlNode Required(YamlMappingNode map, string key, string path) =>
        Optional(map, key, path) ?? throw Error(path, "is required", map);

    public YamlMappingNode Mapping(YamlNode node, string path) =>
        node as YamlMappingNode ?? throw Error(path, "must be a mapping", node);

    public IReadOnlyList<YamlNode> Sequence(YamlNode node, string path)
    {
        if (node is not YamlSequenceNode sequence)
        {
            throw Error(path, "must be a sequence such as [1, 2]", node);
        }

        // PyYAML writes Python tuples with this tag; they mean the same as a plain sequence here.
        var tag = sequence.Tag.IsEmpty ? "" : sequence.Tag.Value;
        if (tag is not ("" or "!" or CoreTag + "seq" or CoreTag + "python/tuple"))
        {
            throw Error(path, $"unsupported tag '{tag}' (a plain sequence or !!python/tuple is expected)", node);
        }

        for (var i = 0; i < sequence.Children.Count; i++)
        {
            _marks[$"{path}[{i}]"] = sequence.Children[i].Start;
        }

        return sequence.Children.ToArray();
    }

    public string String(YamlNode node, string path) =>
        node is YamlScalarNode { Value: { } value } ? value : throw Error(path, "must be a string", node);

    public int Int(YamlNode node, string path)
    {
        var text = node is YamlScalarNode scalar ? scalar.Value : null;
        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error(path, text is null ? "must be an integer" : $"must be an integer, got '{text}'", node);
    }

    public IReadOnlyList<int> IntList(YamlNode node, string path) =>
        [.. Sequence(node, path).Select((item, i) => Int(item, $"{path}[{i}]"))];

    public ManifestException Error(string path, string reason, YamlNode node) =>
        new(path, reason, node.Start.Line, node.Start.Column);

    /// <summary>Adds the location where the failing field was read, when it was.</summary>
    public ManifestException Locate(ManifestException e) =>
        e.Field is not null && _marks.TryGetValue(e.Field, out var mark) ? e.At(mark.Line, mark.Column) : e;

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode scalar
        && ((scalar.Tag.IsEmpty || scalar.Tag.Value == "!")
            ? scalar.Style == ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL"
            : scalar.Tag.Value == CoreTag + "null");

    private static void Scan(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var depth = 0;
        var documents = 0;
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            if (current is AnchorAlias || current is NodeEvent { Anchor.IsEmpty: false })
            {
                throw new ManifestException(null, "anchors and aliases are not allowed in a manifest", current.Start.Line, current.Start.Column);
            }

            if (current is DocumentStart && ++documents > 1)
            {
                throw new ManifestException(null, "the manifest must be a single YAML document", current.Start.Line, current.Start.Column);
            }

            if (current is SequenceStart or MappingStart && ++depth > MaxDepth)
            {
                throw new ManifestException(null, $"nested deeper than {MaxDepth} levels", current.Start.Line, current.Start.Column);
            }

            if (current is SequenceEnd or MappingEnd)
            {
                depth--;
            }
        }
    }

    // YamlException messages start with their own "(Line: .., Col: ..) - (..): "; the location is reported separately.
    private static string Describe(YamlException e)
    {
        var text = e.Message;
        var cut = text.IndexOf("): ", StringComparison.Ordinal);
        return text.StartsWith('(') && cut >= 0 ? text[(cut + 3)..] : text;
    }
}
