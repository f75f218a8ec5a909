namespace Learnware.Market.Search;

/// <summary>A mixture found by <see cref="GreedyMixture"/> or <see cref="AutoMixture"/>.</summary>
/// <param name="Members">Indices into the <see cref="MixtureGram"/>, in the order chosen.</param>
/// <param name="Weights">Weights aligned with <paramref name="Members"/>.</param>
/// <param name="Mmd2">MMD² between the weighted mixture and the user's RKME.</param>
internal sealed record MixtureFit(int[] Members, double[] Weights, double Mmd2);
