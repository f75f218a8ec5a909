using System.Diagnostics;
using Learnware.Protocol.Data;
using Learnware.Protocol.Modalities;
using Learnware.Protocol.Reporting;
using Learnware.Protocol.Images;
using Learnware.Protocol.Tables;
using Learnware.Protocol.Text;
using Microsoft.Extensions.Logging;

namespace Learnware.Protocol.Running;

/// <summary>The whole protocol: tables, images and text, then results.md, its figures and results.json.</summary>
public static class ProtocolSuite
{
    /// <summary>
    /// Runs every modality at <paramref name="scale"/> and writes the report into <paramref name="output"/>;
    /// <paramref name="command"/> is quoted under each figure; <paramref name="only"/> names the modalities to run (all by
    /// default). Returns the results by modality.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="only"/> is empty or names no modality of <see cref="ProtocolModalities.All"/>.</exception>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<ScenarioResult>>> RunAsync(PublicDatasets datasets,
        ProtocolScale scale, string output, int seed, string command, ILogger<ProtocolRunner>? logger = null,
        CancellationToken cancellationToken = default, IReadOnlyCollection<string>? only = null)
    {
        ArgumentNullException.ThrowIfNull(datasets);
        if (only is not null)
        {
            if (only.Count == 0)
                throw new ArgumentException("no modality to run; name one or more of " + string.Join(", ", ProtocolModalities.All), nameof(only));
            if (only.FirstOrDefault(m => !ProtocolModalities.All.Contains(m)) is { } unknown)
                throw new ArgumentException($"no modality '{unknown}'; the modalities are {string.Join(", ", ProtocolModalities.All)}", nameof(only));
        }
        var watch = Stopwatch.StartNew();
        Directory.CreateDirectory(output);
        var work = Directory.CreateTempSubdirectory("learnware-protocol-").FullName;
        var runner = new ProtocolRunner(logger);
        var results = new Dictionary<string, IReadOnlyList<ScenarioResult>>();
        try
        {
            IModalityProtocol[] modalities = [new TableModality(datasets), new FashionMnistModality(datasets), new FortunesModality(datasets, logger)];
            // The modalities run side by side, each on its own markets and data; each one's figures depend on the seed alone.
            var runs = modalities.Where(m => only is null || only.Contains(m.Modality)).Select(modality => Task.Run(async () =>
            {
                var scenarios = new List<ScenarioResult>();
                foreach (var scenario in modality.Scenarios(scale))
                    scenarios.Add(await runner.RunAsync(scenario, scale, work, seed, cancellationToken).ConfigureAwait(false));
                return (modality.Modality, Scenarios: (IReadOnlyList<ScenarioResult>)scenarios);
            }, cancellationToken)).ToArray();
            foreach (var (modality, scenarios) in await Task.WhenAll(runs).ConfigureAwait(false))
                results[modality] = scenarios;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
        ResultsMarkdown.Write(output, results, scale, command, seed, watch.Elapsed.TotalSeconds);
        File.WriteAllText(Path.Combine(output, "results.json"), ResultsJson.Build(results, command, seed));
        return results;
    }
}
