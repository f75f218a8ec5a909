namespace Learnware.Market.Storage;

/// <summary>What a cleanup removed: blobs no version references, and files of writes that never finished.</summary>
public sealed record CleanupResult(int OrphanBlobs, int AbandonedWrites);
