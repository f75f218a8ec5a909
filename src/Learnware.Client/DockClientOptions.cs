namespace Learnware.Client;

/// <summary>How a <see cref="LearnwareDockClient"/> talks to a dock: who it is, how it uploads and how patiently it waits.</summary>
public sealed record DockClientOptions
{
    /// <summary>An API token (or a login access token) sent as <c>Authorization: Bearer</c>; null calls anonymously.</summary>
    public string? Token { get; init; }

    /// <summary>Packages larger than this go up in resumable chunks instead of one multipart request.</summary>
    public long ChunkThreshold { get; init; } = 16L * 1024 * 1024;

    /// <summary>The size of one chunk of a chunked upload.</summary>
    public int ChunkSize { get; init; } = 4 * 1024 * 1024;

    /// <summary>How many times in a row a chunk may fail (a dropped connection, a 5xx) before the upload gives up.</summary>
    public int ChunkAttempts { get; init; } = 5;

    /// <summary>The first pause between two status polls while waiting for the checks; it grows by half each time.</summary>
    public TimeSpan FirstPollDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest pause between two status polls.</summary>
    public TimeSpan MaxPollDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The clock the waits run on.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
