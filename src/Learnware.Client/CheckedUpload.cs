namespace Learnware.Client;

/// <summary>An upload whose checks are over: the receipt, the version's final status and, if rejected, the failed checks.</summary>
public sealed record CheckedUpload(UploadReceipt Receipt, string Status, IReadOnlyList<CheckEntry> Failures)
{
    public bool Usable => Status == LearnwareStatuses.Usable;
}
