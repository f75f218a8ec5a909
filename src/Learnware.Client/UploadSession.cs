namespace Learnware.Client;

/// <summary>A chunked upload on the dock: how many bytes of it arrived so far, and until when it is kept.</summary>
public sealed record UploadSession(string UploadId, long Received, DateTimeOffset ExpiresAt);
