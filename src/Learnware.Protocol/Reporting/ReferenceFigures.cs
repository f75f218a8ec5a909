using Learnware.Protocol.Modalities;

namespace Learnware.Protocol.Reporting;

/// <summary>
/// The reference's published unlabelled figures (REFERENCE-ALGORITHMS.md section 10), read for their shape: the order
/// of the methods and the share of the Mean-to-Best gap each one closes. Each array holds Mean in market, Best in
/// market, Top-1, Job selector, Average ensemble.
/// </summary>
public static class ReferenceFigures
{
    /// <summary>Tables: PFS, 53 stores, RMSE (section 10.1).</summary>
    public static readonly double[] PfsRmse = [0.897, 0.756, 0.830, 0.848, 0.816];

    /// <summary>Images: CIFAR-10, 50 learnwares, 100 users, accuracy (section 10.2).</summary>
    public static readonly double[] Cifar10Accuracy = [0.346, 0.688, 0.534, 0.534, 0.676];

    /// <summary>Text: 20 Newsgroups, 50 learnwares, 10 users, accuracy (section 10.3).</summary>
    public static readonly double[] NewsgroupsAccuracy = [0.507, 0.859, 0.846, 0.845, 0.862];

    /// <summary>The reference's figures for a modality (<c>tables</c>, <c>images</c>, <c>text</c>) and the name of its data.</summary>
    public static (double[] Figures, string Name) For(string modality) => modality switch
    {
        ProtocolModalities.Images => (Cifar10Accuracy, "image protocol (CIFAR-10, accuracy)"),
        ProtocolModalities.Text => (NewsgroupsAccuracy, "text protocol (20 Newsgroups, accuracy)"),
        _ => (PfsRmse, "table protocol (PFS, RMSE)"),
    };

    /// <summary>The share of the gap from Mean to Best that <paramref name="value"/> closes.</summary>
    public static double GapClosed(double mean, double best, double value) =>
        best == mean ? double.NaN : (mean - value) / (mean - best);
}
