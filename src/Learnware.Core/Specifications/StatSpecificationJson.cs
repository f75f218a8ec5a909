using System.Collections.Frozen;
using System.Text;
using System.Text.Json;
using Learnware.Packaging;

namespace Learnware.Specifications;

/// <summary>
/// Reads any kind of statistical specification by its JSON <c>type</c> and writes it back in its kind's layout.
/// </summary>
/// <remarks>A file without a <c>type</c> is read as a table specification, as older table files were written.</remarks>
public static class StatSpecificationJson
{
    private static readonly FrozenDictionary<string, Func<ReadOnlyMemory<byte>, PackageLimits?, IStatSpecification>> Readers =
        new Dictionary<string, Func<ReadOnlyMemory<byte>, PackageLimits?, IStatSpecification>>(StringComparer.Ordinal)
        {
            [RkmeTableSpecification.TypeName] = (json, limits) => RkmeJson.Parse(json, limits),
            [Images.RkmeImageSpecification.TypeName] = (json, limits) => Images.RkmeImageJson.Parse(json, limits),
            [RkmeTextSpecification.TypeName] = (json, limits) => RkmeTextJson.Parse(json, limits),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The <c>type</c> tags this code reads.</summary>
    public static IReadOnlyCollection<string> KnownTypes => Readers.Keys;

    /// <summary>True when <paramref name="type"/> names a kind this code reads.</summary>
    public static bool IsKnown(string? type) => type is not null && Readers.ContainsKey(type);

    /// <summary>Parses specification JSON of any known kind, its sizes held to <paramref name="limits"/>.</summary>
    public static IStatSpecification Parse(string json, PackageLimits? limits = null) => Parse(Encoding.UTF8.GetBytes(json), limits);

    /// <inheritdoc cref="Parse(string, PackageLimits?)"/>
    public static IStatSpecification Parse(ReadOnlyMemory<byte> json, PackageLimits? limits = null)
    {
        var type = TypeOf(json) ?? RkmeTableSpecification.TypeName;
        return Readers.TryGetValue(type, out var read)
            ? read(json, limits)
            : throw new SpecificationException(
                $"\"type\" is \"{type}\", which is not a known specification kind ({string.Join(", ", Readers.Keys)})");
    }

    /// <summary>Reads a specification file of any known kind.</summary>
    public static IStatSpecification Load(string path, PackageLimits? limits = null) => SpecificationFile.Load(path, bytes => Parse(bytes, limits));

    /// <summary>Writes a specification to a file, atomically.</summary>
    public static void Save(IStatSpecification spec, string path)
    {
        ArgumentNullException.ThrowIfNull(spec);
        Learnware.IO.AtomicFile.WriteAllBytes(path, Encoding.UTF8.GetBytes(spec.ToJson()));
    }

    /// <summary>The <c>type</c> string of the JSON object, or null when it has none.</summary>
    /// <exception cref="SpecificationException">The text is not a JSON object or its type is not a string.</exception>
    public static string? TypeOf(ReadOnlyMemory<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json.Span, new JsonReaderOptions { AllowTrailingCommas = true });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                throw new SpecificationException("the specification must be a JSON object");
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                bool isType = reader.ValueTextEquals("type"u8);
                reader.Read();
                if (isType)
                    return reader.TokenType == JsonTokenType.String ? reader.GetString()
                        : throw new SpecificationException("\"type\" must be a string");
                reader.Skip();
            }
            return null;
        }
        catch (JsonException e)
        {
            throw new SpecificationException($"not valid JSON (line {e.LineNumber + 1}): {e.Message}", e);
        }
    }
}
