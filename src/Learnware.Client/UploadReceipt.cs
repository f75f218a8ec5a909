namespace Learnware.Client;

/// <summary>An accepted upload: the learnware's id, the new version's number and its status (<c>pending</c> at first).</summary>
public sealed record UploadReceipt(string Id, int Version, string Status);
