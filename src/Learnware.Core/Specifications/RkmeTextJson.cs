using System.Text;
using System.Text.Json;
using Learnware.Packaging;

namespace Learnware.Specifications;

/// <summary>
/// Reads and writes text specifications in the reference package's JSON layout (<c>z, beta, gamma, num_points, type,
/// language</c>) plus an <c>"encoder"</c> key naming the sentence encoder.
/// </summary>
/// <remarks>A file without <c>"encoder"</c> was written by the reference package, whose encoder is
/// <see cref="RkmeTextSpecification.ReferenceEncoder"/>.</remarks>
public static class RkmeTextJson
{
    /// <summary>The JSON text of a specification.</summary>
    public static string Serialize(RkmeTextSpecification spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            RkmeJson.WriteTableKeys(writer, spec.Embeddings);
            writer.WriteString("type", RkmeTextSpecification.TypeName);
            writer.WriteStartArray("language");
            foreach (var language in spec.Languages) writer.WriteStringValue(language);
            writer.WriteEndArray();
            writer.WriteString("encoder", spec.Encoder);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes the specification to a file, atomically.</summary>
    public static void Save(RkmeTextSpecification spec, string path) =>
        Learnware.IO.AtomicFile.WriteAllBytes(path, Encoding.UTF8.GetBytes(Serialize(spec)));

    /// <summary>Reads a specification file.</summary>
    public static RkmeTextSpecification Load(string path) => SpecificationFile.Load(path, bytes => Parse(bytes));

    /// <summary>Parses specification JSON; K and K·d are held to <paramref name="limits"/> (default <see cref="PackageLimits.Default"/>).</summary>
    public static RkmeTextSpecification Parse(string json, PackageLimits? limits = null) => Parse(Encoding.UTF8.GetBytes(json), limits);

    /// <inheritdoc cref="Parse(string, PackageLimits?)"/>
    public static RkmeTextSpecification Parse(ReadOnlyMemory<byte> json, PackageLimits? limits = null) =>
        RkmeJson.ParseObject(json, RkmeTextSpecification.TypeName, "a text specification", root => Read(root, limits));

    private static RkmeTextSpecification Read(JsonElement root, PackageLimits? limits)
    {
        if (!root.TryGetProperty("type", out _))
            throw new SpecificationException($"the key \"type\" is missing: a text specification says \"{RkmeTextSpecification.TypeName}\"");
        var embeddings = RkmeJson.ReadTable(root, limits);
        var languages = new List<string>();
        if (root.TryGetProperty("language", out var list) && list.ValueKind != JsonValueKind.Null)
        {
            if (list.ValueKind != JsonValueKind.Array)
                throw new SpecificationException($"\"language\" must be a list of language codes, got {list.GetRawText()}");
            int i = 0;
            foreach (var code in list.EnumerateArray())
            {
                if (code.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(code.GetString()))
                    throw new SpecificationException($"\"language\"[{i}] must be a language code, got {code.GetRawText()}");
                languages.Add(code.GetString()!);
                i++;
            }
        }
        string encoder = RkmeTextSpecification.ReferenceEncoder;
        if (root.TryGetProperty("encoder", out var named) && named.ValueKind != JsonValueKind.Null)
        {
            if (named.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(named.GetString()))
                throw new SpecificationException($"\"encoder\" must name a sentence encoder, got {named.GetRawText()}");
            encoder = named.GetString()!;
        }
        return new RkmeTextSpecification(embeddings, encoder, languages);
    }
}
