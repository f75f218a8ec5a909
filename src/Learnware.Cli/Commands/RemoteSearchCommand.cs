using System.CommandLine;
using Learnware.Cli.Remote;
using Learnware.Client;
using Learnware.Market.Search;

namespace Learnware.Cli.Commands;

/// <summary><c>learnware search</c>: the dock's search, printed as <c>learnware market search</c> prints a local one.</summary>
internal static class RemoteSearchCommand
{
    public static Command Create(CliConsole console, CliEnvironment environment)
    {
        var semantic = new Option<FileInfo?>("--semantic") { Description = "a (partial) semantic specification of the task" };
        var text = new Option<string?>("--text") { Description = "text matched against names and descriptions, by substring, fuzzily and by meaning" };
        var spec = new Option<FileInfo?>("--spec") { Description = "the RKME specification of your data (learnware spec table)" };
        var top = new Option<int>("--top") { Description = "how many single results", DefaultValueFactory = _ => SearchQuery.DefaultTop };
        var page = new Option<int>("--page") { Description = "which page of single results", DefaultValueFactory = _ => 1 };
        var json = MarketOptions.Json();
        var command = new Command("search", "Search the dock: by tags and text, and by the RKME of your data.") { semantic, text, spec, top, page, json };
        command.SetAction((parse, token) => RemoteCli.RunAsync(console, environment, async (client, _) =>
        {
            if (parse.GetValue(top) < 1 || parse.GetValue(page) < 1)
                throw new UsageException($"--top and --page must be at least 1, got {parse.GetValue(top)} and {parse.GetValue(page)}");
            var request = new SearchRequest
            {
                SemanticJson = parse.GetValue(semantic) is { } s ? await MarketSearchCommand.ReadAsync(s, token) : null,
                Text = parse.GetValue(text),
                SpecJson = parse.GetValue(spec) is { } f
                    ? f.Exists ? await File.ReadAllBytesAsync(f.FullName, token) : throw new UsageException($"{f.FullName}: no such file")
                    : null,
                Top = parse.GetValue(top),
                Page = parse.GetValue(page),
            };
            var found = await client.SearchAsync(request, token);
            var result = new SearchResult(
                found.Single.Select(h => new SingleResult(h.Id, h.Name, h.Score, h.Mmd2)).ToArray(),
                found.Mixture is { } m ? new MixtureResult(m.Ids, m.Weights, m.Score, m.Mmd2) : null) { Total = found.Total };
            MarketSearchCommand.Report(console, result, parse.GetValue(json));
            return CliExitCode.Ok;
        }));
        return command;
    }
}
