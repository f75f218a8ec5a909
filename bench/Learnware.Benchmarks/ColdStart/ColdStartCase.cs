namespace Learnware.Benchmarks.ColdStart;

/// <summary>One CLI command line timed cold (a fresh process) and warm (again in one process).</summary>
/// <param name="Name">How the tables name it.</param>
/// <param name="Args">The command line, after <c>learnware</c>.</param>
/// <param name="Goal">The most the cold time may be, as a multiple of a bare start; null where the goal is against warm time.</param>
/// <param name="WarmGoal">The most the cold time may be, as a multiple of the warm in-process time; null if none.</param>
internal sealed record ColdStartCase(string Name, string[] Args, double? Goal, double? WarmGoal)
{
    public const string BareStart = "--version";

    public bool IsBareStart => Args is [BareStart];

    /// <summary>The cases of issue-level goals, the bare start first.</summary>
    public static ColdStartCase[] All(ColdStartFixture fixture) =>
    [
        new("`learnware --version` (bare start)", [BareStart], null, null),
        new("`market list` (50 learnwares)", ["market", "list", "--root", fixture.Market], 3, null),
        new("`market get`", ["market", "get", fixture.FirstId, "--root", fixture.Market, "--out", fixture.Output("got.zip")], 3, null),
        new("`market search --spec` (50 learnwares, K = 100, d = 10)",
            ["market", "search", "--root", fixture.Market, "--spec", fixture.UserSpec], 4, null),
        new("`spec table` 5,000 x 10", ["spec", "table", "--data", fixture.Table(5_000, 10), "--out", fixture.Output("5k.json")], 3, null),
        new("`spec table` 20,000 x 50", ["spec", "table", "--data", fixture.Table(20_000, 50), "--out", fixture.Output("20k.json")], null, 1.5),
    ];
}
