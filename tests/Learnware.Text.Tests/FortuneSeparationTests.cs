using System.Globalization;
using Learnware.Numerics;
using Learnware.Specifications;
using Learnware.Text.Tests.Support;
using Xunit.Abstractions;

namespace Learnware.Text.Tests;

/// <summary>
/// A text specification of one fortune category is nearer (in MMD²) to held-out texts of that category than to
/// held-out texts of any other category.
/// </summary>
public sealed class FortuneSeparationTests(EncoderFixture fixture, ITestOutputHelper output) : IClassFixture<EncoderFixture>
{
    private static readonly string[] Categories = ["startrek", "food", "law", "sports", "linux", "education", "medicine", "pets"];
    private const int HeldOut = 30;

    [Fact]
    public void EachCategorysSpecificationIsNearestToItsOwnHeldOutTexts()
    {
        var train = new Dictionary<string, DenseMatrix>();
        var held = new Dictionary<string, DenseMatrix>();
        foreach (var c in Categories)
        {
            var (t, h) = Fortunes.Split(c, HeldOut, seed: 1);
            train[c] = fixture.Encoder.EncodeMatrix(t);
            held[c] = fixture.Encoder.EncodeMatrix(h);
        }
        // The bandwidth study behind TextSpecifications.DefaultGamma: the same embeddings under several gammas.
        foreach (double gamma in new[] { 0.1, 0.5, 1.0, 2.0, 4.0 })
        {
            var (wins, meanRatio, worstRatio) = Separation(train, held, gamma, gamma == TextSpecifications.DefaultGamma);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"gamma {gamma}: {wins}/{Categories.Length} categories nearest to their own held-out texts; nearest other / own MMD² mean {meanRatio:F3}, worst {worstRatio:F3}"));
            if (gamma == TextSpecifications.DefaultGamma)
                Assert.Equal(Categories.Length, wins);
        }
    }

    private (int Wins, double MeanRatio, double WorstRatio) Separation(Dictionary<string, DenseMatrix> train,
        Dictionary<string, DenseMatrix> held, double gamma, bool print)
    {
        var options = new RkmeOptions { Gamma = gamma, ReducedSetSize = 50 };
        var specs = Categories.ToDictionary(c => c, c => RkmeTableSpecification.FromData(train[c], options));
        var empirical = Categories.ToDictionary(c => c, c => RkmeTableSpecification.FromData(held[c], options with { Reduce = false }));
        int wins = 0;
        double ratioSum = 0, worst = double.PositiveInfinity;
        foreach (var c in Categories)
        {
            double own = specs[c].SquaredDistance(empirical[c]);
            var (other, nearest) = Categories.Where(o => o != c).Select(o => (o, specs[c].SquaredDistance(empirical[o]))).MinBy(p => p.Item2);
            if (own < nearest) wins++;
            ratioSum += nearest / own;
            worst = Math.Min(worst, nearest / own);
            if (print)
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {c} ({train[c].Rows} texts): own held-out {own:G4}, nearest other ({other}) {nearest:G4}, ratio {nearest / own:F3}"));
        }
        return (wins, ratioSum / Categories.Length, worst);
    }
}
