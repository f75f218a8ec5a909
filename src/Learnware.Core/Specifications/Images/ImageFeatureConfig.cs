namespace Learnware.Specifications.Images;

/// <summary>
/// The random networks an image specification's weights were fitted under, stored as the reference's
/// <c>n_models</c> and <c>model_config</c>; the convolutions have K·NetWidth channels. Search does not use it: the
/// NNGP kernel is fixed.
/// </summary>
public sealed record ImageFeatureConfig(int Models, int NetWidth, int K = 1, double Mu = 0, double? Sigma = null, int NetDepth = 3)
{
    /// <summary>What the reference writes: 16 networks of width 2·128, depth 3.</summary>
    public static ImageFeatureConfig Reference { get; } = new(16, 128, 2);
}
