namespace Learnware.Specifications.Images;

/// <summary>Settings of <see cref="RkmeImageSpecification.FromImages"/>.</summary>
public sealed record RkmeImageOptions
{
    /// <summary>Reduced-set size K (the reference's default, 50).</summary>
    public int ReducedSetSize { get; init; } = 50;

    /// <summary>Seed of the random choices (sampling, k-means, random networks).</summary>
    public int Seed { get; init; }

    /// <summary>Most images used; a larger set is subsampled without replacement (the reference's sample_size).</summary>
    public int SampleSize { get; init; } = 5000;

    /// <summary>ZCA whitening of colour images (the reference's default).</summary>
    public bool Whitening { get; init; } = true;

    /// <summary>Random networks whose features weigh the points.</summary>
    public int FeatureModels { get; init; } = 4;

    /// <summary>Channels of each random network's convolutions.</summary>
    public int FeatureWidth { get; init; } = 32;

    /// <summary>Lloyd iterations placing the points.</summary>
    public int KMeansIterations { get; init; } = 10;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first setting out of range.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(ReducedSetSize, 1, nameof(ReducedSetSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(SampleSize, 1, nameof(SampleSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(FeatureModels, 1, nameof(FeatureModels));
        ArgumentOutOfRangeException.ThrowIfLessThan(FeatureWidth, 1, nameof(FeatureWidth));
        ArgumentOutOfRangeException.ThrowIfNegative(KMeansIterations, nameof(KMeansIterations));
    }
}
