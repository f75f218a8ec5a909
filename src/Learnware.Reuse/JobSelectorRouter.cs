namespace Learnware.Reuse;

/// <summary>How the job selector decides which learnware predicts a row.</summary>
public enum JobSelectorRouter
{
    /// <summary>
    /// The posterior of the learnwares' RKME densities under the fitted mixture weights (the Bayes rule); for images
    /// the densities are Gaussians of the search-time NNGP kernel's distance around the reduced-set points.
    /// </summary>
    RkmeDensity,

    /// <summary>
    /// The reference's way: herd samples from each RKME in proportion to its weight and train a LightGBM classifier
    /// from sample to learnware.
    /// </summary>
    HerdedLightGbm,
}
