using System.Numerics.Tensors;
using Learnware.Text;

namespace Learnware.Text.Tests;

public sealed class SentenceEncoderTests(EncoderFixture fixture) : IClassFixture<EncoderFixture>
{
    private readonly SentenceEncoder _encoder = fixture.Encoder;

    [Fact]
    public void EmbeddingsHaveUnitNorm()
    {
        string[] texts = ["A cat sat on the mat.", "", "Quarterly revenue rose by four percent.", new string('x', 5000)];
        var embeddings = _encoder.Encode(texts);
        Assert.Equal(texts.Length * SentenceEncoder.Dimension, embeddings.Length);
        for (int i = 0; i < texts.Length; i++)
            Assert.Equal(1.0, TensorPrimitives.Norm(Row(embeddings, i)), 1e-5);
    }

    [Fact]
    public void IdenticalTextsGiveIdenticalVectorsWhateverTheirBatch()
    {
        // The same sentence alone, twice in one batch and beside longer texts (so padded) must embed the same.
        const string sentence = "The train to the airport leaves every twenty minutes.";
        var alone = _encoder.Encode(sentence);
        var batch = _encoder.Encode([sentence, "short", sentence, string.Join(' ', Enumerable.Repeat("much longer text", 40))]);
        Assert.Equal(Row(batch, 0).ToArray(), Row(batch, 2).ToArray());
        for (int j = 0; j < SentenceEncoder.Dimension; j++)
            Assert.Equal(alone[j], batch[j], 1e-5);
    }

    [Fact]
    public void ConcurrentBatches_EmbedAsOneBatchAtATimeDoes()
    {
        // Batches of 4 over 40 texts of many lengths: 10 batches, run two at a time by the default encoder and one
        // after another (ONNX Runtime threading inside each) by the other. The vectors must agree.
        var texts = Enumerable.Range(0, 40).Select(i => string.Join(' ', Enumerable.Repeat($"word{i % 7} about item {i}", 1 + i % 9))).ToArray();
        using var concurrent = new SentenceEncoder(new SentenceEncoderOptions { BatchSize = 4, ConcurrentBatches = 2 });
        using var sequential = new SentenceEncoder(new SentenceEncoderOptions { BatchSize = 4, ConcurrentBatches = 1 });
        var a = concurrent.Encode(texts);
        var b = sequential.Encode(texts);
        var difference = new float[a.Length];
        TensorPrimitives.Subtract(a, b, difference);
        Assert.True(TensorPrimitives.MaxMagnitude(difference) < 1e-5f, $"largest difference {TensorPrimitives.MaxMagnitude(difference)}");
        // And each text keeps its own vector: no batch writes another batch's rows.
        for (int i = 0; i < texts.Length; i++)
            Assert.Equal(1.0, TensorPrimitives.Dot(Row(a, i), _encoder.Encode(texts[i])), 1e-5);
    }

    [Fact]
    public void ParaphrasesAreNearerThanUnrelatedSentences()
    {
        var e = _encoder.Encode([
            "predict house prices",
            "estimates the value of residential property",
            "classify images of handwritten digits",
            "A man is playing a guitar on stage.",
            "Someone performs music with a guitar in front of an audience.",
            "The stock market fell sharply today.",
        ]);
        Assert.True(Cosine(e, 0, 1) > Cosine(e, 0, 2), $"{Cosine(e, 0, 1)} vs {Cosine(e, 0, 2)}");
        Assert.True(Cosine(e, 3, 4) > Cosine(e, 3, 5), $"{Cosine(e, 3, 4)} vs {Cosine(e, 3, 5)}");
        Assert.True(Cosine(e, 3, 4) > 0.5, $"paraphrase similarity {Cosine(e, 3, 4)}");
    }

    [Fact]
    public void UpperAndLowerCaseEmbedTheSame()
    {
        // The model is uncased: its tokenizer lower-cases before splitting into word pieces.
        var e = _encoder.Encode(["HELLO WORLD", "hello world"]);
        Assert.Equal(Row(e, 0).ToArray(), Row(e, 1).ToArray());
    }

    [Fact]
    public void LongTextsAreCutAtTheTokenLimit()
    {
        var head = string.Join(' ', Enumerable.Repeat("river", 300));
        var e = _encoder.Encode([head, head + " and then something entirely different about taxes"]);
        Assert.Equal(Row(e, 0).ToArray(), Row(e, 1).ToArray());
    }

    private static ReadOnlySpan<float> Row(float[] e, int i) => e.AsSpan(i * SentenceEncoder.Dimension, SentenceEncoder.Dimension);

    private static float Cosine(float[] e, int a, int b) => TensorPrimitives.Dot(Row(e, a), Row(e, b));
}
