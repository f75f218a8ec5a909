using Learnware.Market;
using Learnware.Market.Search;
using Learnware.Market.Storage;
using Learnware.Specifications.Semantic;

namespace Learnware.Text.Tests;

/// <summary>A market opened with the sentence encoder finds learnwares by what their name and description mean.</summary>
public sealed class MeaningSearchTests(EncoderFixture fixture) : IClassFixture<EncoderFixture>, IDisposable
{
    private readonly TestFolder _folder = new();

    [Fact]
    public async Task ATextQueryFindsALearnwareDescribedInOtherWordsAndStoresTheVectorsPerVersion()
    {
        var options = new MarketStoreOptions { Root = _folder.Path("market") };
        string homes, digits, churn;
        using (var market = await LearnwareMarket.OpenAsync(options, meaning: fixture.Encoder))
        {
            homes = await AddAsync(market, "residential appraiser", "estimates the value of residential property from its size and location", 1);
            digits = await AddAsync(market, "digit reader", "classifies images of handwritten digits", 2);
            churn = await AddAsync(market, "subscription watcher", "flags customers likely to cancel their subscription", 3);

            var found = await market.SearchAsync(new SearchQuery { Text = "predict house prices" });
            var ids = found.Single.Select(r => r.Id).ToArray();
            Assert.Equal(homes, ids[0]);
            Assert.DoesNotContain(digits, ids);

            // The substring rule still comes first: an exact word of a description ranks its learnware at the top.
            var exact = await market.SearchAsync(new SearchQuery { Text = "handwritten" });
            Assert.Equal(digits, exact.Single[0].Id);
        }

        var stored = Directory.GetFiles(Path.Combine(options.Root, "meaning", SentenceEncoder.ModelName), "*.f32");
        Assert.Equal(3, stored.Length);
        var written = stored.ToDictionary(f => f, File.GetLastWriteTimeUtc);

        // Without the encoder the market searches as before: substring and fuzzy only, so no paraphrase is found.
        using (var plain = await LearnwareMarket.OpenAsync(options))
            Assert.Empty((await plain.SearchAsync(new SearchQuery { Text = "predict house prices" })).Single);

        // A later search reads the stored vectors instead of embedding the learnwares again.
        using (var again = await LearnwareMarket.OpenAsync(options, meaning: fixture.Encoder))
            Assert.Equal(homes, (await again.SearchAsync(new SearchQuery { Text = "real estate valuation" })).Single[0].Id);
        Assert.All(written, w => Assert.Equal(w.Value, File.GetLastWriteTimeUtc(w.Key)));
        _ = churn;
    }

    private static async Task<string> AddAsync(LearnwareMarket market, string name, string description, int seed)
    {
        var random = new Random(seed);
        var x = Enumerable.Range(0, 60).Select(_ => new[] { (float)random.NextDouble(), (float)random.NextDouble(), (float)random.NextDouble() }).ToArray();
        var labels = x.Select(r => r[0] > 0.5f ? 1 : 0).ToArray();
        var semantic = SemanticJson.Serialize(new SemanticSpecification
        {
            Name = name,
            Description = description,
            Data = ["Table"],
            Task = ["Classification"],
            Library = ["Scikit-learn"],
            License = ["MIT"],
            Scenario = ["Business"],
            Input = new FeatureDescriptions(3, new Dictionary<int, string>()),
            Output = new FeatureDescriptions(2, new Dictionary<int, string>()),
        });
        var package = TestPackages.Zip(TestPackages.Pack(TestModels.TrainClassifierOnnx(x, labels), semantic, TestPackages.StatJson(x)));
        var added = await market.AddAsync(package, "owner");
        Assert.True(added.Usable, string.Join("; ", added.Report.Failures));
        return added.Stored!.Id;
    }

    public void Dispose() => _folder.Dispose();
}
