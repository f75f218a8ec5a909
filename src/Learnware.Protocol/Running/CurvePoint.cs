namespace Learnware.Protocol.Running;

/// <summary>
/// One labelled size of a curve: per repeat the score averaged over users, then the mean and standard deviation over
/// repeats (as the reference plots them).
/// </summary>
public sealed record CurvePoint(int Size, IReadOnlyList<double> Repeats)
{
    /// <summary>Mean over repeats.</summary>
    public double Mean => Repeats.Average();

    /// <summary>Population standard deviation over repeats.</summary>
    public double StandardDeviation => Math.Sqrt(Repeats.Average(v => (v - Mean) * (v - Mean)));
}
