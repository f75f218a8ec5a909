namespace Learnware.Client;

/// <summary>Which learnwares to list: only the caller's (<see cref="Mine"/>), only those in one status, and which page.</summary>
public sealed record ListRequest
{
    public bool Mine { get; init; }

    public string? Status { get; init; }

    public int? Page { get; init; }

    public int? PageSize { get; init; }
}
