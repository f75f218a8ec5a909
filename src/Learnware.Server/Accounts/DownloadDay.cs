namespace Learnware.Server.Accounts;

/// <summary>How many times a learnware's package was downloaded on one day (UTC).</summary>
public sealed class DownloadDay
{
    public required string LearnwareId { get; set; }

    public DateOnly Day { get; set; }

    public int Count { get; set; }
}
