using System.Globalization;
using Learnware.Packaging;
using Learnware.Specifications;

namespace Learnware.Web.Client.Specifications;

/// <summary>
/// What the user may set for a specification made in the browser: the settings <c>learnware spec table</c> takes
/// (<c>--k</c>, <c>--gamma</c>, <c>--steps</c>, <c>--seed</c>, <c>--columns</c>), with its defaults, so the same file
/// and settings give the same specification in both places.
/// </summary>
/// <remarks>
/// <c>--no-reduce</c> is left out on purpose: it keeps every data row, and here only a summary should leave the machine.
/// </remarks>
public sealed class CsvSpecificationSettings
{
    /// <summary>Number of reduced-set points K (<c>--k</c>).</summary>
    public int ReducedSetSize { get; set; } = RkmeOptions.Defaults.ReducedSetSize;

    /// <summary>RBF kernel bandwidth (<c>--gamma</c>).</summary>
    public double Gamma { get; set; } = RkmeOptions.Defaults.Gamma;

    /// <summary>Optimisation steps after the k-means start (<c>--steps</c>).</summary>
    public int Steps { get; set; } = RkmeOptions.Defaults.Steps;

    /// <summary>Random seed (<c>--seed</c>).</summary>
    public int Seed { get; set; }

    /// <summary>Comma-separated column names to use, or empty for all (<c>--columns</c>).</summary>
    public string Columns { get; set; } = "";

    /// <summary>The chosen column names, or null for all of them (split as the CLI splits <c>--columns</c>).</summary>
    public IReadOnlyList<string>? SelectedColumns =>
        Columns.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is { Length: > 0 } names ? names : null;

    /// <summary>Why the settings cannot be used, in the CLI's words, or null when they can.</summary>
    public string? Problem(PackageLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        if (ReducedSetSize < 1)
            return Say($"K must be at least 1, got {ReducedSetSize}");
        if (ReducedSetSize > limits.MaxSpecPoints)
            return Say($"K must be at most {limits.MaxSpecPoints} (the dock's limit on a specification), got {ReducedSetSize}");
        if (!(Gamma > 0) || !double.IsFinite(Gamma))
            return Say($"gamma must be a positive number, got {Gamma}");
        if (Steps < 0)
            return Say($"steps must be 0 or more, got {Steps}");
        return null;
    }

    /// <summary>The options of the builder; the same as the CLI makes from the same settings.</summary>
    public RkmeOptions ToOptions() => new() { ReducedSetSize = ReducedSetSize, Gamma = Gamma, Steps = Steps, Seed = Seed };

    private static string Say(FormattableString message) => message.ToString(CultureInfo.InvariantCulture);
}
