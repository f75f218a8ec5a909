using System.Diagnostics;
using Learnware.Protocol.Data;
using Learnware.Protocol.Modalities;
using Learnware.Protocol.Reporting;
using Learnware.Protocol.Tables;
using Microsoft.Extensions.Logging;

namespace Learnware.Protocol.Running;

/// <summary>The whole protocol: every modality that is built (tables today), then results.md, its figures and results.json.</summary>
public static class ProtocolSuite
{
    /// <summary>
    /// Runs every modality at <paramref name="scale"/> and writes the report into <paramref name="output"/>;
    /// <paramref name="command"/> is quoted under each figure. Returns the results by modality.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<ScenarioResult>>> RunAsync(PublicDatasets datasets,
        ProtocolScale scale, string output, int seed, string command, ILogger<ProtocolRunner>? logger = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(datasets);
        var watch = Stopwatch.StartNew();
        Directory.CreateDirectory(output);
        var work = Directory.CreateTempSubdirectory("learnware-protocol-").FullName;
        var runner = new ProtocolRunner(logger);
        var results = new Dictionary<string, IReadOnlyList<ScenarioResult>>();
        try
        {
            IModalityProtocol[] modalities = [new TableModality(datasets)];
            foreach (var modality in modalities)
            {
                var scenarios = new List<ScenarioResult>();
                foreach (var scenario in modality.Scenarios(scale))
                    scenarios.Add(await runner.RunAsync(scenario, scale, work, seed, cancellationToken).ConfigureAwait(false));
                results[modality.Modality] = scenarios;
            }
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
