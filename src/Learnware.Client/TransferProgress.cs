namespace Learnware.Client;

/// <summary>How far a transfer is: bytes sent or received so far, and in all when known.</summary>
public readonly record struct TransferProgress(long Transferred, long? Total);
