namespace Learnware.Specifications;

/// <summary>Settings of RKME table specification generation; the defaults are the reference package's.</summary>
public sealed record RkmeOptions
{
    /// <summary>Bandwidth of the RBF kernel exp(-gamma ||a - b||^2).</summary>
    public double Gamma { get; init; } = Defaults.Gamma;

    /// <summary>Requested number of reduced-set points K (the K rule may lower it for small data).</summary>
    public int ReducedSetSize { get; init; } = Defaults.ReducedSetSize;

    /// <summary>
    /// Step length for the reduced-set points, in units of each point's curvature-scaled gradient (1 is a Newton-like
    /// step for the data term); a step that does not lower MMD² is halved.
    /// </summary>
    public double StepSize { get; init; } = Defaults.StepSize;

    /// <summary>Alternations of a point step and a weight step after the k-means start.</summary>
    public int Steps { get; init; } = Defaults.Steps;

    /// <summary>Seed of every random choice, so that the same data and options give the same specification.</summary>
    public int Seed { get; init; }

    /// <summary>False keeps every data row as a point with weight 1/n: the full empirical embedding.</summary>
    public bool Reduce { get; init; } = true;

    /// <summary>True constrains the weights to the probability simplex; false solves (Kzz + 1e-5 I)β = C.</summary>
    public bool NonNegativeWeights { get; init; } = true;

    /// <summary>Cap on Lloyd iterations of the k-means start.</summary>
    public int KMeansIterations { get; init; } = Defaults.KMeansIterations;

    /// <summary>The defaults.</summary>
    public static class Defaults
    {
        /// <summary>Reference default bandwidth.</summary>
        public const double Gamma = 0.1;

        /// <summary>Reference default K.</summary>
        public const int ReducedSetSize = 100;

        /// <summary>Step length; on the reference fixtures 1.5 beat 0.1, 0.5 and 1 at every data set.</summary>
        public const double StepSize = 1.5;

        /// <summary>Reference default number of steps.</summary>
        public const int Steps = 3;

        /// <summary>Lloyd iterations; the weight and point steps that follow do better from an unconverged start.</summary>
        public const int KMeansIterations = 3;

        /// <summary>The reference caps K·d at this many values so that specifications stay small.</summary>
        public const int MaxReducedSetValues = 1310720;
    }

    /// <summary>
    /// The K actually used for n rows of dimension d: the reference's K rule (K ≥ n gives max(1, ⌊2n/3⌋)) after its
    /// size cap (K·d over 1,310,720 values gives max(20, 1310720 / d)).
    /// </summary>
    public int EffectiveReducedSetSize(int rows, int dimension)
    {
        int k = ReducedSetSize;
        if ((long)k * dimension > Defaults.MaxReducedSetValues)
            k = Math.Max(20, Defaults.MaxReducedSetValues / dimension);
        if (k >= rows)
            k = Math.Max(1, 2 * rows / 3);
        return k;
    }

    /// <summary>Throws if a setting is out of range, naming it.</summary>
    public void Validate()
    {
        if (!(Gamma > 0) || !double.IsFinite(Gamma))
            throw new ArgumentOutOfRangeException(nameof(Gamma), Gamma, "gamma must be a positive finite number");
        if (ReducedSetSize < 1)
            throw new ArgumentOutOfRangeException(nameof(ReducedSetSize), ReducedSetSize, "K must be at least 1");
        if (!(StepSize >= 0) || !double.IsFinite(StepSize))
            throw new ArgumentOutOfRangeException(nameof(StepSize), StepSize, "the step size must be finite and >= 0");
        if (Steps < 0)
            throw new ArgumentOutOfRangeException(nameof(Steps), Steps, "steps must be >= 0");
        if (KMeansIterations < 0)
            throw new ArgumentOutOfRangeException(nameof(KMeansIterations), KMeansIterations, "must be >= 0");
    }
}
