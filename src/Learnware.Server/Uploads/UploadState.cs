namespace Learnware.Server.Uploads;

/// <summary>A chunked upload as its owner sees it: how many bytes arrived and until when it is kept.</summary>
public sealed record UploadState(string UploadId, long Received, DateTimeOffset ExpiresAt);
