namespace Learnware.Server.Uploads;

/// <summary>What the dock keeps about a chunked upload beside its bytes: whose it is and until when it is kept.</summary>
public sealed record UploadRecord(string UploadId, string Owner, DateTimeOffset StartedAt, DateTimeOffset ExpiresAt);
