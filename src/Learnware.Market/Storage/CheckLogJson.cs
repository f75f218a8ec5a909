using System.Text.Json;
using System.Text.Json.Serialization;
using Learnware.Checking;

namespace Learnware.Market.Storage;

/// <summary>
/// The check log as stored: <c>[{"name": "...", "status": "passed", "detail": "..."}, ...]</c>, one object per check, in order.
/// </summary>
public static class CheckLogJson
{
    private static readonly JsonSerializerOptions _options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    /// <summary>The JSON text of a report.</summary>
    public static string Serialize(CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return JsonSerializer.Serialize(report.Results, _options);
    }

    /// <summary>Reads a report back from its JSON text.</summary>
    /// <exception cref="JsonException">The text is not a check log.</exception>
    public static CheckReport Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var results = JsonSerializer.Deserialize<List<CheckResult>>(json, _options) ?? throw new JsonException("the check log is null");
        return new CheckReport(results);
    }
}
