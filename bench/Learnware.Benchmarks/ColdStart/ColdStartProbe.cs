using System.Globalization;
using System.Text.Json;
using Learnware.Market;
using Learnware.Market.Search;
using Learnware.Market.Storage;
using Learnware.Specifications;
using Learnware.Tables;

namespace Learnware.Benchmarks.ColdStart;

/// <summary>
/// Runs in a fresh process the library calls a CLI command makes, phase by phase, and prints each phase's wall
/// and JIT time as JSON: where the cold time of that command goes.
/// </summary>
internal static class ColdStartProbe
{
    public const string Command = "cold-start-probe";

    /// <summary>Args: the case's index in <see cref="ColdStartCase.All"/>'s order, and the fixture folder.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var clock = new PhaseClock();
        clock.RecordRuntimeStart();
        int index = int.Parse(args[0], CultureInfo.InvariantCulture);
        var folder = args[1];
        var options = new MarketStoreOptions { Root = Path.Combine(folder, "market") };
        switch (index)
        {
            case 0:
                break;
            case 1 or 2 or 3:
                // As the CLI's read-only commands open it: no cleanup, so an existing market is one SQL statement.
                var readOnly = options with { CleanUpOnOpen = false };
                using (var market = await clock.TimeAsync("open market (schema version)", () => LearnwareMarket.OpenAsync(readOnly)))
                {
                    if (index == 1)
                        await clock.TimeAsync("queries", () => market.ListAsync());
                    else if (index == 2)
                    {
                        var first = (await market.Store.ListAsync(0, 1)).Single().Id;
                        await clock.TimeAsync("queries, read package", () => market.GetPackageAsync(first));
                    }
                    else
                    {
                        var user = clock.Time("read spec", () => RkmeJson.Load(Path.Combine(folder, "user.json")));
                        await clock.TimeAsync("queries", () => market.Store.ListLatestUsableAsync(RkmeTableSpecification.TypeName, user.Dimension));
                        await clock.TimeAsync("search compute", () => market.SearchAsync(new SearchQuery { Spec = user }));
                    }
                }
                break;
            case 4 or 5:
                var (rows, columns) = index == 4 ? (5_000, 10) : (20_000, 50);
                var table = clock.Time("read CSV", () => CsvTable.Read(Path.Combine(folder, $"table-{rows}x{columns}.csv")));
                var spec = clock.Time("compute", () => RkmeTableSpecification.FromData(MissingValues.Fill(table.Values, table.ColumnNames)));
                clock.Time("write spec", () =>
                {
                    RkmeJson.Save(spec, Path.Combine(folder, "out", "probe.json"));
                    return 0;
                });
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(args), index, "no such cold-start case");
        }
        Console.WriteLine(JsonSerializer.Serialize(clock.Phases));
        return 0;
    }
}
