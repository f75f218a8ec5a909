namespace Learnware.Samples;

/// <summary>One Gaussian sub-population: its share of the rows, its centre and its spread per feature.</summary>
internal sealed record Cluster(double Share, double[] Mean, double Spread);
