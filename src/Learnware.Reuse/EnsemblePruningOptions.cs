namespace Learnware.Reuse;

/// <summary>Settings of <see cref="EnsemblePruningReuser"/>.</summary>
public sealed record EnsemblePruningOptions
{
    /// <summary>Generations of the evolutionary search (the reference's MAXGEN).</summary>
    public int Generations { get; init; } = 500;

    /// <summary>Subsets per generation; 0 picks max(20, 2M) for M learnwares (the reference uses M, too few for small M).</summary>
    public int PopulationSize { get; init; }

    /// <summary>Seed of every random choice of the search, so a fit is repeatable.</summary>
    public int Seed { get; init; }

    /// <summary>Throws if a setting is out of range, naming it.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(Generations, nameof(Generations));
        ArgumentOutOfRangeException.ThrowIfNegative(PopulationSize, nameof(PopulationSize));
        if (PopulationSize == 1)
            throw new ArgumentOutOfRangeException(nameof(PopulationSize), PopulationSize, "a population needs at least two subsets");
    }
}
