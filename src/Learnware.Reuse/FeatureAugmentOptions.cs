namespace Learnware.Reuse;

/// <summary>
/// Settings of <see cref="FeatureAugmentReuser"/>; the defaults are the reference's, except that C is chosen by
/// log-loss (see <see cref="Scoring"/>) on standardised columns.
/// </summary>
public sealed record FeatureAugmentOptions
{
    /// <summary>Ridge penalties tried for regression, chosen by leave-one-out error.</summary>
    public IReadOnlyList<double> Alphas { get; init; } = [0.01, 0.1, 1, 10, 100];

    /// <summary>Inverse penalties C tried for classification, chosen by cross-validation (10 values, 1e-4 to 1e4).</summary>
    public IReadOnlyList<double> Cs { get; init; } = [.. Enumerable.Range(0, 10).Select(i => Math.Pow(10, -4 + 8.0 * i / 9))];

    /// <summary>Stratified folds of the cross-validation for C.</summary>
    public int Folds { get; init; } = 5;

    /// <summary>Iteration cap of each logistic regression fit.</summary>
    public int MaximumIterations { get; init; } = 1000;

    /// <summary>How the cross-validation scores each C; the reference scores accuracy, which on few rows picks too small a C.</summary>
    public CScoring Scoring { get; init; } = CScoring.LogLoss;

    /// <summary>Standardise the augmented columns on the fitting rows before the penalised fit.</summary>
    public bool Standardize { get; init; } = true;

    /// <summary>Seed of the fold assignment.</summary>
    public int Seed { get; init; }

    /// <summary>Throws if a setting is out of range, naming it.</summary>
    public void Validate()
    {
        if (Alphas is null || Alphas.Count == 0 || Alphas.Any(a => !(a > 0) || !double.IsFinite(a)))
            throw new ArgumentOutOfRangeException(nameof(Alphas), "need at least one alpha, each positive and finite");
        if (Cs is null || Cs.Count == 0 || Cs.Any(c => !(c > 0) || !double.IsFinite(c)))
            throw new ArgumentOutOfRangeException(nameof(Cs), "need at least one C, each positive and finite");
        ArgumentOutOfRangeException.ThrowIfLessThan(Folds, 2, nameof(Folds));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaximumIterations, 1, nameof(MaximumIterations));
    }
}
