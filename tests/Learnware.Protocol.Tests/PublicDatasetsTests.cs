using Learnware.Protocol.Data;

namespace Learnware.Protocol.Tests;

/// <summary>The Debian-packaged data sets as the protocol reads them; skipped outside CI when not installed.</summary>
public class PublicDatasetsTests
{
    private static PublicDatasets? InstalledOrSkip()
    {
        var datasets = PublicDatasets.Installed(Environment.GetEnvironmentVariable("LEARNWARE_DATASETS"));
        if (datasets.Available) return datasets;
        Assert.False(Environment.GetEnvironmentVariable("CI") == "true", "the public data sets are missing; run scripts/install-datasets.sh");
        return null;
    }

    [Fact]
    public void Thyroid_HasThePublishedShape_AndThreeImbalancedClasses()
    {
        if (InstalledOrSkip() is not { } datasets) return;
        var thyroid = datasets.Thyroid();

        Assert.Equal((7200, 21), (thyroid.Rows, thyroid.Features.Columns));
        var counts = thyroid.Labels().GroupBy(l => l).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal([0, 1, 2], counts.Keys.Order());
        // PROBEN1 thyroid: about 92.6% of the patients are in the "normal" class, coded here as class 2.
        Assert.InRange((double)counts.Values.Max() / thyroid.Rows, 0.9, 0.95);
    }

    [Fact]
    public void CensusHouse_HasThePublishedShape()
    {
        if (InstalledOrSkip() is not { } datasets) return;
        var census = datasets.CensusHouse();

        Assert.Equal((22784, 16), (census.Rows, census.Features.Columns));
        Assert.All(census.Targets, t => Assert.True(double.IsFinite(t)));
    }

    [Fact]
    public void Digits_Has1797RowsOf64Pixels()
    {
        if (InstalledOrSkip() is not { } datasets) return;
        var digits = datasets.Digits();

        Assert.Equal((1797, 64), (digits.Rows, digits.Features.Columns));
        Assert.Equal(Enumerable.Range(0, 10), digits.Labels().Distinct().Order());
        Assert.All(digits.Features.Data, v => Assert.InRange(v, 0, 16));
    }
}
