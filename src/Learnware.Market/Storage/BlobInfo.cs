namespace Learnware.Market.Storage;

/// <summary>A stored blob: its key, size in bytes and when it was last written or re-put.</summary>
public sealed record BlobInfo(string Key, long Size, DateTimeOffset LastWritten);
