using System.CommandLine;
using Learnware.Cli.Remote;
using Learnware.Client;

namespace Learnware.Cli.Commands;

/// <summary><c>learnware status ID</c>, <c>learnware list</c> and <c>learnware delete ID</c> on the dock.</summary>
internal static class RemoteLearnwareCommands
{
    public static Command Status(CliConsole console, CliEnvironment environment)
    {
        var id = new Argument<string>("ID") { Description = "the learnware id" };
        var json = MarketOptions.Json();
        var command = new Command("status", "A learnware on the dock: its status, versions and, for its owner, the check log.") { id, json };
        command.SetAction((parse, token) => RemoteCli.RunAsync(console, environment, async (client, _) =>
        {
            var detail = await client.StatusAsync(parse.GetRequiredValue(id), token);
            if (parse.GetValue(json))
                CliJson.Write(console.Out, new
                {
                    id = detail.Id,
                    name = detail.Name,
                    owner = detail.Owner,
                    ownerEmail = detail.OwnerEmail,
                    status = detail.Status,
                    version = detail.Version,
                    downloads = detail.Downloads,
                    versions = detail.Versions.Select(v => new { version = v.Version, status = v.Status, sha256 = v.Sha256, size = v.Size, created = v.CreatedAt }),
                    checks = detail.CheckLog?.Select(c => new { name = c.Name, status = c.Status, detail = c.Detail }),
                });
            else
            {
                console.Out.WriteLine($"{detail.Id} version {detail.Version}: {detail.Status}  {detail.Name} (owner {detail.OwnerEmail ?? detail.Owner}, {detail.Downloads} downloads)");
                foreach (var version in detail.Versions)
                    console.Out.WriteLine($"  version {version.Version}: {version.Status}, {version.Size} bytes, {version.CreatedAt:u}");
                foreach (var check in detail.CheckLog ?? [])
                    console.Out.WriteLine($"  {check.Status,-7}  {check.Name}{(check.Detail is { Length: > 0 } d ? $": {d}" : "")}");
            }

            return CliExitCode.Ok;
        }));
        return command;
    }

    public static Command List(CliConsole console, CliEnvironment environment)
    {
        var mine = new Option<bool>("--mine") { Description = "only your learnwares, in every status" };
        var status = new Option<string?>("--status") { Description = "only learnwares in this status" };
        status.AcceptOnlyFromAmong(LearnwareStatuses.Pending, LearnwareStatuses.Checking, LearnwareStatuses.Usable, LearnwareStatuses.Rejected);
        var page = new Option<int>("--page") { Description = "which page", DefaultValueFactory = _ => 1 };
        var pageSize = new Option<int>("--page-size") { Description = "learnwares per page", DefaultValueFactory = _ => 50 };
        var json = MarketOptions.Json();
        var command = new Command("list", "List learnwares on the dock, a page at a time.") { mine, status, page, pageSize, json };
        command.SetAction((parse, token) => RemoteCli.RunAsync(console, environment, async (client, _) =>
        {
            var listed = await client.ListAsync(new ListRequest
            {
                Mine = parse.GetValue(mine),
                Status = parse.GetValue(status),
                Page = parse.GetValue(page),
                PageSize = parse.GetValue(pageSize),
            }, token);
            if (parse.GetValue(json))
                CliJson.Write(console.Out, new
                {
                    items = listed.Items.Select(l => new
                    {
                        id = l.Id, version = l.Version, status = l.Status, name = l.Name, owner = l.Owner, ownerEmail = l.OwnerEmail,
                        dimension = l.Dimension, updated = l.UpdatedAt,
                    }),
                    total = listed.Total,
                });
            else if (listed.Items.Count == 0)
                console.Out.WriteLine(listed.Total == 0 ? "no learnwares" : $"no learnwares on this page (of {listed.Total})");
            else
            {
                console.Out.WriteLine($"{"id",-12}  {"ver",3}  {"status",-8}  {"dim",3}  name");
                foreach (var l in listed.Items)
                    console.Out.WriteLine($"{l.Id,-12}  {l.Version,3}  {l.Status,-8}  {l.Dimension,3}  {l.Name}");
                console.Out.WriteLine($"{listed.Items.Count} of {listed.Total}");
            }

            return CliExitCode.Ok;
        }));
        return command;
    }

    public static Command Delete(CliConsole console, CliEnvironment environment)
    {
        var id = new Argument<string>("ID") { Description = "the learnware id" };
        var command = new Command("delete", "Delete a learnware and all its versions from the dock (its owner or an administrator).") { id };
        command.SetAction((parse, token) => RemoteCli.RunAsync(console, environment, async (client, _) =>
        {
            await client.DeleteAsync(parse.GetRequiredValue(id), token);
            console.Out.WriteLine($"deleted {parse.GetRequiredValue(id)}");
            return CliExitCode.Ok;
        }));
        return command;
    }
}
