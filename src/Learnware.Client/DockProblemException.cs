using System.Net;
using System.Text.Json;

namespace Learnware.Client;

/// <summary>
/// The dock refused a request: its RFC 9457 problem details (status, title, detail and any extension members, such as
/// <c>existingId</c> on a duplicate or <c>expectedOffset</c> on a misplaced chunk).
/// </summary>
public sealed class DockProblemException(HttpStatusCode status, string title, string? detail, IReadOnlyDictionary<string, JsonElement> extensions)
    : Exception(detail is { Length: > 0 } ? $"{(int)status} {title}: {detail}" : $"{(int)status} {title}")
{
    public HttpStatusCode Status { get; } = status;

    public string Title { get; } = title;

    public string? Detail { get; } = detail;

    public IReadOnlyDictionary<string, JsonElement> Extensions { get; } = extensions;

    /// <summary>Reads the problem from a failed response; a body that is not problem JSON still gives the status and its text.</summary>
    public static async Task<DockProblemException> FromAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var title = response.ReasonPhrase ?? response.StatusCode.ToString();
        string? detail = text.Length > 500 ? text[..500] : text;
        var extensions = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                detail = null;
                foreach (var member in document.RootElement.EnumerateObject())
                {
                    switch (member.Name)
                    {
                        case "title" when member.Value.ValueKind == JsonValueKind.String:
                            title = member.Value.GetString()!;
                            break;
                        case "detail" when member.Value.ValueKind == JsonValueKind.String:
                            detail = member.Value.GetString();
                            break;
                        case "title" or "detail" or "status" or "type" or "instance":
                            break;
                        default:
                            extensions[member.Name] = member.Value.Clone();
                            break;
                    }
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's error page, an empty body): the status and the text say what there is to say.
        }

        return new DockProblemException(response.StatusCode, title, detail is { Length: > 0 } ? detail : null, extensions);
    }
}
