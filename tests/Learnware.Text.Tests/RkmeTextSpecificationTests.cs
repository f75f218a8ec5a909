using Learnware.Numerics;
using Learnware.Specifications;

namespace Learnware.Text.Tests;

public sealed class RkmeTextSpecificationTests
{
    [Fact]
    public void JsonRoundTripKeepsPointsLanguagesAndEncoderInTheReferenceKeyOrder()
    {
        var spec = Spec(seed: 1, encoder: SentenceEncoder.ModelName, languages: ["en", "de"]);
        var json = RkmeTextJson.Serialize(spec);
        Assert.StartsWith("{\"z\":[[", json, StringComparison.Ordinal);
        int type = json.IndexOf("\"type\":\"RKMETextSpecification\"", StringComparison.Ordinal);
        int language = json.IndexOf("\"language\":[\"en\",\"de\"]", StringComparison.Ordinal);
        int encoder = json.IndexOf("\"encoder\":\"all-MiniLM-L6-v2\"", StringComparison.Ordinal);
        Assert.True(type > 0 && language > type && encoder > language, json[^120..]);

        var read = Assert.IsType<RkmeTextSpecification>(StatSpecificationJson.Parse(json));
        Assert.Equal(spec.Embeddings.Points.ToArray(), read.Embeddings.Points.ToArray());
        Assert.Equal(spec.Weights.ToArray(), read.Weights.ToArray());
        Assert.Equal(["en", "de"], read.Languages);
        Assert.Equal(SentenceEncoder.ModelName, read.Encoder);
        Assert.Equal(0, spec.SquaredDistance(read), 12);
    }

    [Fact]
    public void AReferenceFileWithoutAnEncoderIsTheReferenceEncodersAndIsNeverComparedWithOurs()
    {
        // The reference package writes z, beta, gamma, num_points, type, language and embeds with its multilingual model.
        const string reference = "{\"z\":[[0.6,0.8],[1.0,0.0]],\"beta\":[0.5,0.5],\"gamma\":0.1,\"num_points\":7," +
            "\"type\":\"RKMETextSpecification\",\"language\":[\"en\"]}";
        var theirs = Assert.IsType<RkmeTextSpecification>(StatSpecificationJson.Parse(reference));
        Assert.Equal(RkmeTextSpecification.ReferenceEncoder, theirs.Encoder);
        Assert.Equal(7, theirs.NumPoints);

        var ours = new RkmeTextSpecification(theirs.Embeddings, SentenceEncoder.ModelName, ["en"]);
        Assert.False(((IStatSpecification)ours).SharesIslandWith(theirs));
        var error = Assert.Throws<SpecificationException>(() => ours.SquaredDistance(theirs));
        Assert.Contains(SentenceEncoder.ModelName, error.Message, StringComparison.Ordinal);
        Assert.Contains(RkmeTextSpecification.ReferenceEncoder, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TextAndTableSpecificationsAreNotComparable()
    {
        var text = Spec(seed: 2, encoder: SentenceEncoder.ModelName, languages: []);
        IStatSpecification table = text.Embeddings;
        Assert.False(((IStatSpecification)text).SharesIslandWith(table));
        Assert.Throws<ArgumentException>(() => text.InnerProduct(table));
        var error = Assert.Throws<SpecificationException>(() => RkmeJson.Parse(RkmeTextJson.Serialize(text)));
        Assert.Contains("RKMETextSpecification", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"language\":\"en\"", "\"language\" must be a list")]
    [InlineData("\"language\":[3]", "\"language\"[0] must be a language code")]
    [InlineData("\"encoder\":\"\"", "\"encoder\" must name a sentence encoder")]
    [InlineData("\"encoder\":5", "\"encoder\" must name a sentence encoder")]
    public void MalformedTextKeysAreRejectedWithTheKeyNamed(string key, string expected)
    {
        var json = $"{{\"z\":[[1.0,0.0]],\"beta\":[1.0],\"gamma\":1.0,\"num_points\":1,\"type\":\"RKMETextSpecification\",{key}}}";
        var error = Assert.Throws<SpecificationException>(() => RkmeTextJson.Parse(json));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckerInputsAreHerdedEmbeddingsAndRandomUnitVectors()
    {
        IStatSpecification spec = Spec(seed: 3, encoder: SentenceEncoder.ModelName, languages: ["en"]);
        var rows = spec.SampleModelInputs([8], herded: 5, random: 7, new Random(0));
        Assert.Equal(12, rows.Rows);
        Assert.Equal(8, rows.Columns);
        for (int i = 5; i < 12; i++)
            Assert.Equal(1.0, Math.Sqrt(rows.Row(i).ToArray().Sum(v => v * v)), 12);
        Assert.Null(spec.InputMismatch([8]));
        Assert.Contains("8-d sentence embeddings", spec.InputMismatch([9]), StringComparison.Ordinal);
    }

    private static RkmeTextSpecification Spec(int seed, string encoder, string[] languages)
    {
        var random = new Random(seed);
        const int n = 40, d = 8;
        var data = new double[n * d];
        for (int i = 0; i < data.Length; i++) data[i] = StandardNormal.Sample(random);
        var table = RkmeTableSpecification.FromData(new DenseMatrix(data, n, d), new RkmeOptions { ReducedSetSize = 6, Gamma = 1 });
        return new RkmeTextSpecification(table, encoder, languages);
    }
}
