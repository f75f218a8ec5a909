namespace Learnware.Market.Storage;

/// <summary>A learnware: its id, owner and times; its content lives in its versions.</summary>
internal sealed class LearnwareRow
{
    public required string Id { get; set; }

    public required string Owner { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public List<LearnwareVersionRow> Versions { get; set; } = [];
}
