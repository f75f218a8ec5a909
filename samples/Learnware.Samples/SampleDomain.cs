namespace Learnware.Samples;

/// <summary>
/// A family of tasks over the same features: the classification tasks grade rows into the domain's three ordered
/// classes, the regression tasks predict a number; each task sees its own population.
/// </summary>
/// <param name="Name">Short name, e.g. <c>credit</c>.</param>
/// <param name="RowNoun">What one row is, in the plural, e.g. <c>applicants</c>.</param>
/// <param name="Scenarios">The semantic scenarios of the domain's learnwares.</param>
internal sealed record SampleDomain(
    string Name,
    string RowNoun,
    IReadOnlyList<Feature> Features,
    IReadOnlyList<string> Classes,
    IReadOnlyList<string> Scenarios,
    IReadOnlyList<SampleTask> Tasks)
{
    /// <summary>Every domain the samples cover, the credit domain of the demo first.</summary>
    public static IReadOnlyList<SampleDomain> All { get; } =
        [CreditDomain.Domain, HousingDomain.Domain, HealthDomain.Domain, EnergyDomain.Domain, RetailDomain.Domain, ManufacturingDomain.Domain];

    public static double Dot(double[] x, double[] w)
    {
        double sum = 0;
        for (int i = 0; i < w.Length; i++)
            sum += x[i] * w[i];
        return sum;
    }
}
