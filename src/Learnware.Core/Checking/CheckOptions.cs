using Learnware.Packaging;

namespace Learnware.Checking;

/// <summary>Settings of <see cref="LearnwareChecker"/>.</summary>
public sealed record CheckOptions
{
    /// <summary>Inputs herded from the learnware's own RKME: realistic rows.</summary>
    public int HerdedInputs { get; init; } = 32;

    /// <summary>Standard normal inputs: rows the owner did not anticipate.</summary>
    public int GaussianInputs { get; init; } = 8;

    /// <summary>Seed of the drawn inputs, so that a check is repeatable.</summary>
    public int Seed { get; init; }

    /// <summary>Tolerance on probability rows summing to one.</summary>
    public double ProbabilityTolerance { get; init; } = 1e-3;

    /// <summary>Limits applied when reading the zip.</summary>
    public PackageLimits Limits { get; init; } = new();
}
