namespace Learnware.Client;

/// <summary>
/// A search: a (partial) semantic specification as JSON, a text, the RKME specification of the user's data as JSON,
/// how many single results per page and which page. Every part is optional.
/// </summary>
public sealed record SearchRequest
{
    public string? SemanticJson { get; init; }

    public string? Text { get; init; }

    public byte[]? SpecJson { get; init; }

    public int? Top { get; init; }

    public int? Page { get; init; }
}
