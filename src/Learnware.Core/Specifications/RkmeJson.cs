using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Learnware.Specifications;

/// <summary>
/// Reads and writes RKME table specifications in the reference package's JSON layout:
/// <c>{"z": [[...], ...], "beta": [...], "gamma": 0.1, "num_points": n, "type": "RKMETableSpecification"}</c>.
/// </summary>
/// <remarks>Keys are written in the reference's order with compact separators; doubles use the shortest
/// round-trip form, so a written spec reloads bit for bit. Unknown keys are ignored when reading.</remarks>
public static class RkmeJson
{
    /// <summary>The JSON text of a specification.</summary>
    public static string Serialize(RkmeTableSpecification spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            WriteTableKeys(writer, spec);
            writer.WriteString("type", RkmeTableSpecification.TypeName);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes the keys a table specification shares with the kinds built on it: z, beta, gamma, num_points.</summary>
    internal static void WriteTableKeys(Utf8JsonWriter writer, RkmeTableSpecification spec)
    {
        writer.WriteStartArray("z");
        for (int i = 0; i < spec.Count; i++)
        {
            writer.WriteStartArray();
            foreach (double v in spec.Point(i)) WriteFloat(writer, v);
            writer.WriteEndArray();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("beta");
        foreach (double v in spec.Weights) WriteFloat(writer, v);
        writer.WriteEndArray();
        writer.WritePropertyName("gamma");
        WriteFloat(writer, spec.Gamma);
        writer.WriteNumber("num_points", spec.NumPoints);
    }

    /// <summary>Writes the specification to a file, atomically (a temporary file is renamed over the target).</summary>
    public static void Save(RkmeTableSpecification spec, string path)
    {
        Learnware.IO.AtomicFile.WriteAllBytes(path, Encoding.UTF8.GetBytes(Serialize(spec)));
    }

    /// <summary>Reads a specification file.</summary>
    public static RkmeTableSpecification Load(string path) => StatSpecificationJson.LoadWith(path, bytes => Parse(bytes));

    /// <summary>Parses specification JSON (UTF-8 text or bytes).</summary>
    public static RkmeTableSpecification Parse(string json) => Parse(Encoding.UTF8.GetBytes(json));

    /// <inheritdoc cref="Parse(string)"/>
    public static RkmeTableSpecification Parse(ReadOnlyMemory<byte> json) =>
        ParseObject(json, RkmeTableSpecification.TypeName, "a table specification", ReadTable);

    /// <summary>Parses a JSON object whose "type", when present, must be <paramref name="typeName"/>, and reads it.</summary>
    internal static T ParseObject<T>(ReadOnlyMemory<byte> json, string typeName, string kind, Func<JsonElement, T> read)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new SpecificationException($"not valid JSON (line {e.LineNumber + 1}): {e.Message}", e);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw new SpecificationException("the specification must be a JSON object");
            if (root.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
                && type.GetString() != typeName)
                throw new SpecificationException(
                    $"\"type\" is \"{type.GetString()}\", but only \"{typeName}\" is {kind}");
            return read(root);
        }
    }

    /// <summary>Reads the keys z, beta, gamma and num_points of a specification object.</summary>
    internal static RkmeTableSpecification ReadTable(JsonElement root)
    {
        var (points, count, dimension) = ReadPoints(Required(root, "z"));
        var weights = ReadVector(Required(root, "beta"), "beta");
        if (weights.Length != count)
            throw new SpecificationException($"\"beta\" has {weights.Length} weights but \"z\" has {count} points");
        var gammaElement = Required(root, "gamma");
        if (gammaElement.ValueKind != JsonValueKind.Number || !(gammaElement.GetDouble() is var gamma && gamma > 0 && double.IsFinite(gamma)))
            throw new SpecificationException($"\"gamma\" must be a positive number, got {gammaElement.GetRawText()}");
        int numPoints = 0;
        if (root.TryGetProperty("num_points", out var n) && n.ValueKind != JsonValueKind.Null)
        {
            if (n.ValueKind != JsonValueKind.Number || !n.TryGetInt32(out numPoints) || numPoints < 0)
                throw new SpecificationException($"\"num_points\" must be a non-negative integer, got {n.GetRawText()}");
        }
        return new RkmeTableSpecification(points, dimension, weights, gamma, numPoints);
    }

    /// <summary>
    /// Writes a double so that Python reads it back as a float: the shortest round-trip digits, with ".0" added to
    /// integral values (a bare 1 would load as an integer tensor in the reference package).
    /// </summary>
    private static void WriteFloat(Utf8JsonWriter writer, double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        if (text.AsSpan().IndexOfAny('.', 'E', 'e') < 0)
            text += ".0";
        writer.WriteRawValue(text, skipInputValidation: true);
    }

    internal static JsonElement Required(JsonElement root, string key) =>
        root.TryGetProperty(key, out var value) ? value : throw new SpecificationException($"the key \"{key}\" is missing");

    private static (double[] Points, int Count, int Dimension) ReadPoints(JsonElement z)
    {
        if (z.ValueKind != JsonValueKind.Array || z.GetArrayLength() == 0)
            throw new SpecificationException("\"z\" must be a non-empty list of points (K lists of d numbers)");
        int count = z.GetArrayLength(), dimension = -1, i = 0;
        double[] points = [];
        foreach (var row in z.EnumerateArray())
        {
            if (row.ValueKind != JsonValueKind.Array)
                throw new SpecificationException($"\"z\"[{i}] must be a list of numbers");
            if (dimension < 0)
            {
                dimension = row.GetArrayLength();
                if (dimension == 0)
                    throw new SpecificationException("\"z\"[0] is empty: points need at least one feature");
                points = new double[count * dimension];
            }
            else if (row.GetArrayLength() != dimension)
                throw new SpecificationException($"\"z\"[{i}] has {row.GetArrayLength()} values, \"z\"[0] has {dimension}");
            int j = 0;
            foreach (var cell in row.EnumerateArray())
            {
                points[i * dimension + j] = Number(cell, $"\"z\"[{i}][{j}]");
                j++;
            }
            i++;
        }
        return (points, count, dimension);
    }

    private static double[] ReadVector(JsonElement array, string key)
    {
        if (array.ValueKind != JsonValueKind.Array)
            throw new SpecificationException($"\"{key}\" must be a list of numbers");
        var values = new double[array.GetArrayLength()];
        int i = 0;
        foreach (var cell in array.EnumerateArray())
            values[i] = Number(cell, $"\"{key}\"[{i++}]");
        return values;
    }

    private static double Number(JsonElement cell, string where)
    {
        if (cell.ValueKind == JsonValueKind.Number)
        {
            double value = cell.GetDouble();
            if (double.IsFinite(value)) return value;
        }
        throw new SpecificationException(
            $"{where} must be a finite number, got {cell.GetRawText().ToString(CultureInfo.InvariantCulture)}");
    }
}
