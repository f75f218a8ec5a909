namespace Learnware.Reuse;

/// <summary>Settings of <see cref="JobSelectorReuser"/>.</summary>
public sealed record JobSelectorOptions
{
    /// <summary>How rows are routed; the RKME densities by default, the reference's herded LightGBM selector on request.</summary>
    public JobSelectorRouter Router { get; init; } = JobSelectorRouter.RkmeDensity;

    /// <summary>Total herded samples T, shared among the learnwares by their mixture weights (herded router only).</summary>
    public int HerdingCount { get; init; } = 1000;

    /// <summary>Seed of the herding and of the herded selector's training, so a fit is repeatable.</summary>
    public int Seed { get; init; }

    /// <summary>Boosting rounds of the herded LightGBM selector.</summary>
    /// <remarks>
    /// The reference fits 2,000 rounds at learning rate 0.01; 200 rounds at 0.1 give the same total shrinkage
    /// in a tenth of the time.
    /// </remarks>
    public int NumberOfIterations { get; init; } = 200;

    /// <summary>Learning rate of the selector.</summary>
    public double LearningRate { get; init; } = 0.1;

    /// <summary>Leaves per tree of the selector (LightGBM's default).</summary>
    public int NumberOfLeaves { get; init; } = 31;

    /// <summary>Fewest samples in a leaf of the selector (LightGBM's default).</summary>
    public int MinimumExampleCountPerLeaf { get; init; } = 20;

    /// <summary>Throws if a setting is out of range, naming it.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(HerdingCount, 1, nameof(HerdingCount));
        ArgumentOutOfRangeException.ThrowIfLessThan(NumberOfIterations, 1, nameof(NumberOfIterations));
        if (!(LearningRate > 0) || !double.IsFinite(LearningRate))
            throw new ArgumentOutOfRangeException(nameof(LearningRate), LearningRate, "must be a positive finite number");
        ArgumentOutOfRangeException.ThrowIfLessThan(NumberOfLeaves, 2, nameof(NumberOfLeaves));
        ArgumentOutOfRangeException.ThrowIfLessThan(MinimumExampleCountPerLeaf, 1, nameof(MinimumExampleCountPerLeaf));
    }
}
