namespace Learnware.Market.Tests.Packages;

/// <summary>A classifier trained on rows of one Gaussian cluster, with its package.</summary>
/// <param name="Name">The semantic name.</param>
/// <param name="Centre">The cluster's centre.</param>
/// <param name="Rows">The training rows.</param>
/// <param name="Onnx">The exported model.</param>
/// <param name="Package">The package zip: the model, the RKME of <paramref name="Rows"/> and a valid semantic specification.</param>
public sealed record ClusterLearnware(string Name, double[] Centre, float[][] Rows, byte[] Onnx, byte[] Package);
