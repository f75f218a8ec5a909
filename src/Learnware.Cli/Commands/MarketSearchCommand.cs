using System.CommandLine;
using System.Globalization;
using Learnware.Market.Search;
using Learnware.Specifications;
using Learnware.Specifications.Semantic;

namespace Learnware.Cli.Commands;

/// <summary><c>learnware market search</c>: semantic and statistical search with the mixture.</summary>
internal static class MarketSearchCommand
{
    public static Command Create(CliConsole console)
    {
        var semantic = new Option<FileInfo?>("--semantic") { Description = "a (partial) semantic specification of the task" };
        var text = new Option<string?>("--text") { Description = "text matched against names and descriptions, by substring, fuzzily and by meaning" };
        var spec = new Option<FileInfo?>("--spec") { Description = "the RKME specification of your data (learnware spec table)" };
        var top = new Option<int>("--top") { Description = "how many single results", DefaultValueFactory = _ => SearchQuery.DefaultTop };
        var method = new Option<string>("--method") { Description = "mixture method", DefaultValueFactory = _ => "greedy" };
        method.AcceptOnlyFromAmong("greedy", "auto");
        var (root, json) = (MarketOptions.Root(), MarketOptions.Json());
        var command = new Command("search", "Find the learnwares that fit a task: by tags and text, and by the RKME of your data.")
        {
            semantic, text, spec, top, method, root, json,
        };
        command.SetAction((parse, token) => CliApp.GuardAsync(console, async () =>
        {
            if (parse.GetValue(top) < 1)
                throw new UsageException($"--top must be at least 1, got {parse.GetValue(top)}");
            var query = new SearchQuery
            {
                Semantic = parse.GetValue(semantic) is { } s ? SemanticJson.Parse(await ReadAsync(s, token)) : null,
                Text = parse.GetValue(text),
                Spec = parse.GetValue(spec) is { } f ? StatSpecificationJson.Load(f.FullName) : null,
                Top = parse.GetValue(top),
                Method = parse.GetValue(method) == "auto" ? MixtureMethod.Auto : MixtureMethod.Greedy,
            };
            // A search text also matches by meaning: the sentence encoder is loaded only when there is one.
            using var encoder = query.SearchText is null ? null : new Learnware.Text.SentenceEncoder();
            using var market = await MarketOptions.OpenAsync(parse, root, token, readOnly: true, meaning: encoder);
            Report(console, await market.SearchAsync(query, token), parse.GetValue(json));
            return CliExitCode.Ok;
        }));
        return command;
    }

    /// <summary>Prints a search's result: a table, or with <paramref name="json"/> the JSON document scripts read (also <c>learnware search</c>'s).</summary>
    internal static void Report(CliConsole console, SearchResult result, bool json)
    {
        if (json)
            CliJson.Write(console.Out, new
            {
                single = result.Single.Select(r => new { id = r.Id, name = r.Name, score = r.Score, mmd2 = r.Mmd2 }),
                mixture = result.Mixture is { } m ? new { ids = m.Ids, weights = m.Weights, score = m.Score, mmd2 = m.Mmd2 } : null,
            });
        else
            Print(console.Out, result);
    }

    internal static async Task<string> ReadAsync(FileInfo file, CancellationToken token) =>
        file.Exists ? await File.ReadAllTextAsync(file.FullName, token) : throw new UsageException($"{file.FullName}: no such file");

    private static void Print(TextWriter o, SearchResult result)
    {
        if (result.Single.Count == 0)
        {
            o.WriteLine("no learnware matches");
            return;
        }
        o.WriteLine($"{"#",2}  {"id",-12}  {"score",6}  {"mmd2",10}  name");
        for (int i = 0; i < result.Single.Count; i++)
        {
            var r = result.Single[i];
            o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{i + 1,2}  {r.Id,-12}  {Format(r.Score, "F3"),6}  {Format(r.Mmd2, "G4"),10}  {r.Name}"));
        }
        if (result.Mixture is { } m)
        {
            var parts = m.Ids.Zip(m.Weights, (id, w) => string.Create(CultureInfo.InvariantCulture, $"{id} x {w:F3}"));
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"mixture (score {m.Score:F3}, mmd2 {m.Mmd2:G4}): {string.Join(" + ", parts)}"));
        }
    }

    private static string Format(double? value, string format) =>
        value?.ToString(format, CultureInfo.InvariantCulture) ?? "-";
}
