using Learnware.Protocol.Modalities;
using Learnware.Protocol.Running;
using ScottPlot;

namespace Learnware.Protocol.Reporting;

/// <summary>The PNG figures of results.md, drawn with ScottPlot.</summary>
public static class ProtocolPlots
{
    private const int Width = 720, Height = 440;

    /// <summary>Bars of the five unlabelled figures (mean over users); returns the file name written in <paramref name="folder"/>.</summary>
    public static string Unlabelled(ScenarioResult result, string folder)
    {
        ArgumentNullException.ThrowIfNull(result);
        string[] names = ["Mean in market", "Best in market", "Top-1 reuse", "Job selector", "Average ensemble"];
        double[] values =
        [
            result.Mean(u => u.MeanInMarket), result.Mean(u => u.BestInMarket), result.Mean(u => u.Top1Reuse),
            result.Mean(u => u.JobSelector), result.Mean(u => u.AverageEnsemble),
        ];
        var plot = new Plot();
        var bars = plot.Add.Bars(values);
        for (int i = 0; i < bars.Bars.Count; i++)
            bars.Bars[i].Label = values[i].ToString("F3", System.Globalization.CultureInfo.InvariantCulture);
        bars.ValueLabelStyle.FontSize = 14;
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, names.Length).Select(i => (double)i)], names);
        plot.Axes.Margins(bottom: 0);
        plot.Title($"{result.Scenario.Name}: no labels ({result.Scenario.Metric.Name()}, mean over {result.Users.Count} users)");
        plot.YLabel(result.Scenario.Metric.Name());
        string file = $"{result.Scenario.Name}-unlabelled.png";
        plot.SavePng(Path.Combine(folder, file), Width, Height);
        return file;
    }

    /// <summary>The labelled curves with their spread over repeats; returns the file name written in <paramref name="folder"/>.</summary>
    public static string Labelled(ScenarioResult result, string folder)
    {
        ArgumentNullException.ThrowIfNull(result);
        var plot = new Plot();
        foreach (var (method, points) in result.Curves)
        {
            if (points.Count == 0) continue;
            var xs = points.Select(p => (double)p.Size).ToArray();
            var scatter = plot.Add.Scatter(xs, [.. points.Select(p => p.Mean)]);
            scatter.LegendText = method;
            scatter.MarkerSize = 7;
            var errors = plot.Add.ErrorBar(xs, [.. points.Select(p => p.Mean)], [.. points.Select(p => p.StandardDeviation)]);
            errors.Color = scatter.Color;
        }
        plot.Axes.Bottom.Label.Text = "labelled rows";
        plot.YLabel(result.Scenario.Metric.Name());
        plot.Title($"{result.Scenario.Name}: with labels (mean over users; bars: std over repeats)");
        plot.ShowLegend(Alignment.LowerRight);
        string file = $"{result.Scenario.Name}-labelled.png";
        plot.SavePng(Path.Combine(folder, file), Width, Height);
        return file;
    }
}
