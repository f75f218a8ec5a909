using Learnware.Market.Index;
using Learnware.Specifications;

namespace Learnware.Market.Tests.Index;

public class SketchIndexTests
{
    private const int Dimension = 3;

    [Fact]
    public void AddRemoveReplace_KeepEachIdWithItsOwnSketch()
    {
        using var index = new SketchIndex(new RandomFeatureMap(Dimension, 0.1, 32, seed: 1));
        var specs = Enumerable.Range(0, 10).Select(i => IndexTestSpecs.Random(Dimension, 5, seed: i)).ToArray();
        for (int i = 0; i < specs.Length; i++)
            Assert.True(index.Add($"lw{i}", specs[i]));
        Assert.Equal(10, index.Count);

        Assert.True(index.Remove("lw2")); // the last row moves into its place
        Assert.False(index.Remove("lw2"));
        var replacement = IndexTestSpecs.Random(Dimension, 5, seed: 99);
        Assert.True(index.Replace("lw5", replacement));
        specs[5] = replacement;

        Assert.Equal(9, index.Count);
        Assert.False(index.Contains("lw2"));
        var buffer = new float[32];
        Assert.False(index.TryCopySketch("lw2", buffer));
        for (int i = 0; i < specs.Length; i++)
        {
            if (i == 2)
                continue;
            Assert.True(index.TryCopySketch($"lw{i}", buffer));
            Assert.Equal(index.Map.Sketch(specs[i]), buffer);
        }
        Assert.Equal(9, index.Ids().Distinct().Count());
    }

    [Fact]
    public void DuplicateIds_AndUnknownReplacements_AreRefused()
    {
        using var index = new SketchIndex(new RandomFeatureMap(Dimension, 0.1, 16));
        var spec = IndexTestSpecs.Random(Dimension, 4, seed: 1);
        index.Add("a", spec);
        Assert.Throws<ArgumentException>(() => index.Add("a", spec));
        Assert.Throws<KeyNotFoundException>(() => index.Replace("b", spec));
        Assert.Throws<ArgumentException>(() => index.AddRange([new("b", spec), new("a", spec)]));
        Assert.Throws<ArgumentException>(() => index.AddRange([new("c", spec), new("c", spec)]));
        Assert.Equal(1, index.Count); // a refused batch adds nothing
        Assert.Throws<ArgumentException>(() => index.Add("d", IndexTestSpecs.Random(Dimension + 1, 4, seed: 1)));
    }

    [Fact]
    public void SpecOfAnotherGamma_IsKeptForExactComparisonOnly()
    {
        using var index = new SketchIndex(new RandomFeatureMap(Dimension, 0.1, 16));
        Assert.True(index.Add("same", IndexTestSpecs.Random(Dimension, 4, seed: 1)));
        Assert.False(index.Add("other", IndexTestSpecs.Random(Dimension, 4, seed: 2, gamma: 0.5)));
        Assert.Equal(2, index.Count);
        Assert.Equal(1, index.SketchedCount);
        Assert.Equal(["other"], index.ExactOnlyIds());
        Assert.DoesNotContain(index.Query(new float[16], 10), hit => hit.Id == "other");

        Assert.True(index.Replace("other", IndexTestSpecs.Random(Dimension, 4, seed: 2)));
        Assert.Empty(index.ExactOnlyIds());
        Assert.Equal(2, index.SketchedCount);
    }

    [Theory]
    [InlineData(7, 3)]
    [InlineData(300, 10)]
    [InlineData(9000, 25)] // several scan chunks, scanned in parallel
    public void Query_ReturnsTheBruteForceNearest(int size, int count)
    {
        var map = new RandomFeatureMap(Dimension, 0.1, 24, seed: 5);
        using var index = new SketchIndex(map);
        var entries = Enumerable.Range(0, size)
            .Select(i => new KeyValuePair<string, RkmeTableSpecification>($"lw{i}", IndexTestSpecs.Random(Dimension, 3, seed: i)))
            .ToArray();
        index.AddRange(entries);
        // Removals reorder rows; the answer must not depend on that.
        for (int i = 0; i < size; i += 5)
            index.Remove($"lw{i}");
        var user = map.Sketch(IndexTestSpecs.Random(Dimension, 8, seed: -1));

        var expected = entries.Where((_, i) => i % 5 != 0)
            .Select(e => (e.Key, Distance: SketchDistance.Squared(map.Sketch(e.Value), user)))
            .OrderBy(e => e.Distance)
            .Take(count)
            .ToArray();
        var hits = index.Query(user, count);

        Assert.Equal(expected.Select(e => e.Key), hits.Select(h => h.Id));
        for (int i = 0; i < hits.Length; i++)
            Assert.Equal(expected[i].Distance, hits[i].Distance, 5);
    }

    [Fact]
    public void Query_OnAnEmptyOrSmallIndex_ReturnsWhatThereIs()
    {
        var map = new RandomFeatureMap(Dimension, 0.1, 8);
        using var index = new SketchIndex(map);
        Assert.Empty(index.Query(new float[8], 5));
        index.Add("only", IndexTestSpecs.Random(Dimension, 2, seed: 1));
        Assert.Single(index.Query(new float[8], 5));
        Assert.Throws<ArgumentException>(() => index.Query(new float[7], 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => index.Query(new float[8], 0));
    }

    [Fact]
    public async Task ConcurrentQueries_AndWrites_RunWithoutErrors()
    {
        var map = new RandomFeatureMap(Dimension, 0.1, 32, seed: 9);
        using var index = new SketchIndex(map);
        var specs = Enumerable.Range(0, 400).Select(i => IndexTestSpecs.Random(Dimension, 3, seed: i)).ToArray();
        index.AddRange(specs.Take(200).Select((s, i) => new KeyValuePair<string, RkmeTableSpecification>($"lw{i}", s)).ToArray());
        var user = map.Sketch(specs[^1]);
        using var stop = new CancellationTokenSource();

        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
        {
            int queries = 0;
            while (!stop.IsCancellationRequested || queries < 20)
            {
                var hits = index.Query(user, 10);
                Assert.InRange(hits.Length, 1, 10);
                Assert.All(hits, h => Assert.NotNull(h.Id));
                queries++;
            }
        })).ToArray();
        var writer = Task.Run(() =>
        {
            var random = new Random(1);
            for (int step = 0; step < 2000; step++)
            {
                int i = random.Next(specs.Length);
                string id = $"lw{i}";
                if (!index.Remove(id))
                    index.Add(id, specs[i]);
                else if (step % 3 == 0)
                    index.Add(id, specs[(i + 1) % specs.Length]);
            }
        });
        await writer;
        stop.Cancel();
        await Task.WhenAll(readers);
        Assert.Equal(index.Count, index.Ids().Distinct().Count());
    }
}
