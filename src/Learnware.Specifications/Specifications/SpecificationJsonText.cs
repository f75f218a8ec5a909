using System.Globalization;
using System.Text.Json;
using Learnware.Tables;

namespace Learnware.Specifications;

/// <summary>The JSON reading and writing every specification kind shares: errors that name the key, floats Python reads as floats.</summary>
internal static class SpecificationJsonText
{
    /// <summary>Parses the text into a document whose root is an object.</summary>
    public static JsonDocument ParseObject(ReadOnlyMemory<byte> json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, AllowDuplicateProperties = false });
        }
        catch (JsonException e)
        {
            throw new SpecificationException($"not valid JSON (line {e.LineNumber + 1}): {e.Message}", e);
        }
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            throw new SpecificationException("the specification must be a JSON object");
        }
        return document;
    }

    /// <summary>The value of a key that must be there.</summary>
    public static JsonElement Required(JsonElement root, string key) =>
        root.TryGetProperty(key, out var value) ? value : throw new SpecificationException($"the key \"{key}\" is missing");

    /// <summary>A list of finite numbers.</summary>
    public static double[] ReadVector(JsonElement array, string key)
    {
        if (array.ValueKind != JsonValueKind.Array)
            throw new SpecificationException($"\"{key}\" must be a list of numbers");
        var values = new double[array.GetArrayLength()];
        int i = 0;
        foreach (var cell in array.EnumerateArray())
            values[i] = Number(cell, $"\"{key}\"[{i++}]");
        return values;
    }

    /// <summary>
    /// A finite number within float range (<see cref="NumericCells.MaxMagnitude"/>), the one rule for numbers read from
    /// text; <paramref name="where"/> names the cell in the error.
    /// </summary>
    public static double Number(JsonElement cell, string where)
    {
        if (cell.ValueKind == JsonValueKind.Number && cell.TryGetDouble(out double value) && NumericCells.IsAllowed(value))
            return value;
        throw new SpecificationException(
            $"{where} must be a finite number within ±{NumericCells.MaxMagnitude:G9}, got {Abbreviate(cell.GetRawText())}");
    }

    private static string Abbreviate(string text) => text.Length <= 40 ? text : text[..40] + "...";

    /// <summary>
    /// Writes a number so that Python reads it back as a float: the shortest round-trip digits, with ".0" added to
    /// integral values (a bare 1 would load as an integer tensor in the reference package).
    /// </summary>
    public static void WriteFloat(Utf8JsonWriter writer, double value) =>
        WriteFloatText(writer, value.ToString("R", CultureInfo.InvariantCulture));

    /// <inheritdoc cref="WriteFloat(Utf8JsonWriter, double)"/>
    public static void WriteFloat(Utf8JsonWriter writer, float value) =>
        WriteFloatText(writer, value.ToString("R", CultureInfo.InvariantCulture));

    private static void WriteFloatText(Utf8JsonWriter writer, string text)
    {
        if (text.AsSpan().IndexOfAny('.', 'E', 'e') < 0)
            text += ".0";
        writer.WriteRawValue(text, skipInputValidation: true);
    }
}
