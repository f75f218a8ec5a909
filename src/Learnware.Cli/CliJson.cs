using System.Text.Encodings.Web;
using System.Text.Json;

namespace Learnware.Cli;

/// <summary>Machine-readable output: one indented JSON document per command.</summary>
internal static class CliJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write<T>(TextWriter output, T value) => output.WriteLine(JsonSerializer.Serialize(value, Options));
}
