using Learnware.Market.Search;
using Learnware.Numerics;
using Learnware.Specifications;
using Learnware.Specifications.Semantic;

namespace Learnware.Market.Tests.Search;

/// <summary>Seeded synthetic tables, specifications and candidates for the search tests.</summary>
internal static class SearchTestData
{
    /// <summary><paramref name="count"/> centres in d dimensions, each coordinate N(0, spread²).</summary>
    public static double[][] Centres(int count, int d, double spread, Random random) =>
        Enumerable.Range(0, count)
            .Select(_ => Enumerable.Range(0, d).Select(_ => spread * Normal(random)).ToArray())
            .ToArray();

    /// <summary>Rows drawn around the given centres, <c>counts[i]</c> rows around <c>centres[i]</c>.</summary>
    public static DenseMatrix Sample(IReadOnlyList<double[]> centres, IReadOnlyList<int> counts, double sd, Random random)
    {
        int d = centres[0].Length;
        var rows = new List<double[]>();
        for (int c = 0; c < centres.Count; c++)
            for (int r = 0; r < counts[c]; r++)
                rows.Add(centres[c].Select(x => x + sd * Normal(random)).ToArray());
        return DenseMatrix.FromRows(rows);
    }

    /// <summary>The rows of <paramref name="data"/> at <paramref name="indices"/>.</summary>
    public static DenseMatrix Rows(DenseMatrix data, IEnumerable<int> indices) =>
        DenseMatrix.FromRows(indices.Select(i => data.Row(i).ToArray()).ToList());

    /// <summary>An RKME with a small reduced set, to keep the tests fast.</summary>
    public static RkmeTableSpecification Spec(DenseMatrix data, int k = 20, int seed = 0) =>
        RkmeTableSpecification.FromData(data, new RkmeOptions { ReducedSetSize = k, Seed = seed });

    /// <summary>A complete table/classification semantic specification.</summary>
    public static SemanticSpecification Semantic(string name, string description = "a model trained on table data",
        string data = "Table", string task = "Classification", string library = "Scikit-learn",
        string license = "MIT", params string[] scenario) =>
        new()
        {
            Name = name,
            Description = description,
            Data = [data],
            Task = [task],
            Library = [library],
            License = [license],
            Scenario = scenario.Length == 0 ? ["Education"] : scenario,
        };

    public static SearchCandidate Candidate(string name, RkmeTableSpecification? spec = null,
        SemanticSpecification? semantic = null) =>
        new("id-" + name, name, semantic ?? Semantic(name), spec);

    public static double Normal(Random random) => StandardNormal.Sample(random);
}
