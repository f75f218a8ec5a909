using System.CommandLine;
using System.Globalization;
using Learnware.Market.Search;
using Learnware.Market.Storage;
using Learnware.Packaging;
using Learnware.Specifications;
using Learnware.Specifications.Semantic;

namespace Learnware.Cli.Commands;

/// <summary><c>learnware market add|list|remove|get|search</c>: a local market in a folder.</summary>
internal static class MarketCommands
{
    public static Command Create(CliConsole console) => new("market", "Submit, list, fetch and search learnwares in a local market.")
    {
        Add(console),
        List(console),
        Remove(console),
        Get(console),
        MarketSearchCommand.Create(console),
    };

    private static Command Add(CliConsole console)
    {
        var package = new Argument<FileInfo>("LW.zip") { Description = "the learnware package" };
        var owner = new Option<string>("--owner") { Description = "who submits it", DefaultValueFactory = _ => Environment.UserName };
        var (root, json) = (MarketOptions.Root(), MarketOptions.Json());
        var command = new Command("add", "Check a package and add it to the market: exit 1 if it is rejected.") { package, owner, root, json };
        command.SetAction((parse, token) => CliApp.GuardAsync(console, async () =>
        {
            var path = parse.GetRequiredValue(package).FullName;
            if (!File.Exists(path))
                throw new UsageException($"{path}: no such file");
            var bytes = new LearnwarePackageReader().ReadArchiveBytes(path);
            using var market = await MarketOptions.OpenAsync(parse, root, token);
            var result = await market.AddAsync(bytes, parse.GetRequiredValue(owner), token);
            var status = result.Stored?.Status.ToString().ToLowerInvariant() ?? "rejected";
            if (parse.GetValue(json))
                CliJson.Write(console.Out, new
                {
                    id = result.Stored?.Id,
                    version = result.Stored?.Version,
                    status,
                    checks = result.Report.Results.Select(r => new { name = r.Name, status = r.Status.ToString().ToLowerInvariant(), detail = r.Detail }),
                });
            else
            {
                console.Out.WriteLine(result.Stored is { } stored ? $"{stored.Id} version {stored.Version}: {status}" : "rejected: the package could not be read");
                foreach (var failure in result.Report.Failures)
                    console.Out.WriteLine($"  {failure}");
            }
            return result.Usable ? CliExitCode.Ok : CliExitCode.CheckFailed;
        }));
        return command;
    }

    private static Command List(CliConsole console)
    {
        var (root, json) = (MarketOptions.Root(), MarketOptions.Json());
        var command = new Command("list", "List every learnware (latest version).") { root, json };
        command.SetAction((parse, token) => CliApp.GuardAsync(console, async () =>
        {
            using var market = await MarketOptions.OpenAsync(parse, root, token, readOnly: true);
            var all = await market.ListAsync(token);
            if (parse.GetValue(json))
                CliJson.Write(console.Out, all.Select(Summary));
            else if (all.Count == 0)
                console.Out.WriteLine("the market is empty");
            else
            {
                console.Out.WriteLine($"{"id",-12}  {"ver",3}  {"status",-8}  {"dim",3}  name");
                foreach (var l in all)
                    console.Out.WriteLine($"{l.Id,-12}  {l.Version,3}  {l.Status.ToString().ToLowerInvariant(),-8}  {l.SpecDimension,3}  {l.Name}");
            }
            return CliExitCode.Ok;
        }));
        return command;
    }

    private static object Summary(StoredLearnware l) => new
    {
        id = l.Id,
        version = l.Version,
        status = l.Status.ToString().ToLowerInvariant(),
        name = l.Name,
        owner = l.Owner,
        dimension = l.SpecDimension,
        sha256 = l.PackageSha256,
        updated = l.UpdatedAt,
    };

    private static Command Remove(CliConsole console)
    {
        var id = new Argument<string>("ID") { Description = "the learnware id" };
        var root = MarketOptions.Root();
        var command = new Command("remove", "Remove a learnware and all its versions.") { id, root };
        command.SetAction((parse, token) => CliApp.GuardAsync(console, async () =>
        {
            using var market = await MarketOptions.OpenAsync(parse, root, token, readOnly: true);
            var which = parse.GetRequiredValue(id);
            if (!await market.RemoveAsync(which, token))
                throw new UsageException($"there is no learnware '{which}' in the market");
            console.Out.WriteLine($"removed {which}");
            return CliExitCode.Ok;
        }));
        return command;
    }

    private static Command Get(CliConsole console)
    {
        var id = new Argument<string>("ID") { Description = "the learnware id" };
        var output = new Option<FileInfo>("--out") { Description = "where to write the package", Required = true };
        var version = new Option<int?>("--version") { Description = "a given version (default: the latest usable one)" };
        var root = MarketOptions.Root();
        var command = new Command("get", "Download a learnware's package.") { id, output, version, root };
        command.SetAction((parse, token) => CliApp.GuardAsync(console, async () =>
        {
            using var market = await MarketOptions.OpenAsync(parse, root, token, readOnly: true);
            var which = parse.GetRequiredValue(id);
            var found = await market.GetPackageAsync(which, parse.GetValue(version), token)
                ?? throw new UsageException($"there is no learnware '{which}'{(parse.GetValue(version) is { } v ? $" version {v}" : "")} in the market");
            var target = parse.GetRequiredValue(output).FullName;
            if (Directory.Exists(target))
                throw new UsageException($"--out: {target} is a folder; give the package's file name");
            Learnware.IO.AtomicFile.WriteAllBytes(target, found.Package);
            console.Out.WriteLine($"wrote {target} ({found.Version.Id} version {found.Version.Version}, {found.Version.Status.ToString().ToLowerInvariant()})");
            return CliExitCode.Ok;
        }));
        return command;
    }
}
