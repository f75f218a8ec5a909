namespace Learnware.Reuse;

/// <summary>The objectives, all minimised, that ensemble pruning trades off for a subset of learnwares.</summary>
internal interface IPruningObjectives
{
    /// <summary>Number of objectives; the last one is always the subset size.</summary>
    int Count { get; }

    /// <summary>Which objective is the validation error, the one the final pick minimises first.</summary>
    int ErrorIndex { get; }

    /// <summary>The objective values of the subset marked by <paramref name="selected"/> (at least one member).</summary>
    double[] Evaluate(ReadOnlySpan<bool> selected);
}
