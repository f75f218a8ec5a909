namespace Learnware.Web.Catalog;

/// <summary>What the home page counts: usable learnwares by data type and by task, their owners, and the newest ones.</summary>
public sealed record DockOverview(
    int Learnwares, int Owners, IReadOnlyList<(string Value, int Count)> ByData, IReadOnlyList<(string Value, int Count)> ByTask,
    IReadOnlyList<LearnwareView> Newest);
