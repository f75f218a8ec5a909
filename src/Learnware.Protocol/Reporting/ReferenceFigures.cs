namespace Learnware.Protocol.Reporting;

/// <summary>
/// The reference's published unlabelled table figures (PFS, 53 stores, RMSE; REFERENCE-ALGORITHMS.md section 10.1),
/// read for their shape: the order of the methods and the share of the Mean-to-Best gap each one closes.
/// </summary>
public static class ReferenceFigures
{
    /// <summary>Mean in market, Best in market, Top-1, Job selector, Average ensemble.</summary>
    public static readonly double[] PfsRmse = [0.897, 0.756, 0.830, 0.848, 0.816];

    /// <summary>The share of the gap from Mean to Best that <paramref name="value"/> closes.</summary>
    public static double GapClosed(double mean, double best, double value) =>
        best == mean ? double.NaN : (mean - value) / (mean - best);
}
