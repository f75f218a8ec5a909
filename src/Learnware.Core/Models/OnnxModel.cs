using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace Learnware.Models;

/// <summary>An ONNX model loaded into ONNX Runtime on the CPU, run on flat float rows in bounded batches.</summary>
public sealed class OnnxModel : IDisposable
{
    private readonly InferenceSession _session;
    private bool _disposed;

    private OnnxModel(string name, InferenceSession session)
    {
        Name = name;
        _session = session;
        Inputs = Describe(session.InputNames, session.InputMetadata);
        Outputs = Describe(session.OutputNames, session.OutputMetadata);
    }

    /// <summary>The file path, or the name given for in-memory bytes; used in error messages.</summary>
    public string Name { get; }

    /// <summary>The model's inputs in graph order.</summary>
    public IReadOnlyList<ModelTensorInfo> Inputs { get; }

    /// <summary>The model's outputs in graph order.</summary>
    public IReadOnlyList<ModelTensorInfo> Outputs { get; }

    /// <summary>
    /// Loads a model from its serialized bytes. The model must be self-contained: a tensor stored as external data is
    /// refused before ONNX Runtime sees the bytes, since it would be read from the process's working folder.
    /// </summary>
    /// <exception cref="ModelException">The bytes are not a self-contained model ONNX Runtime can load.</exception>
    public static OnnxModel Load(byte[] onnx, string name = "model.onnx")
    {
        ArgumentNullException.ThrowIfNull(onnx);
        if (onnx.Length == 0)
        {
            throw new ModelException($"{name} is not a loadable ONNX model: it is empty");
        }

        RefuseExternalData(onnx, name);
        return Create(name, options => new InferenceSession(onnx, options));
    }

    /// <summary>Loads a model file; weights stored in external data files beside it are found by ONNX Runtime.</summary>
    /// <exception cref="ModelException">The file is missing or is not a model ONNX Runtime can load.</exception>
    public static OnnxModel Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new ModelException($"model file '{path}' does not exist");
        }

        return Create(path, options => new InferenceSession(path, options));
    }

    /// <summary>
    /// Runs the model on <paramref name="rowCount"/> samples laid out row-major in <paramref name="rows"/>,
    /// feeding them as <c>[rowCount, per-sample shape...]</c> in batches, and returns one output.
    /// The input and output may be left unnamed when the model has only one.
    /// </summary>
    /// <param name="rows">The samples, row-major.</param>
    /// <param name="rowCount">How many samples.</param>
    /// <param name="inputName">The input to feed, or null when the model has one.</param>
    /// <param name="outputName">The output to read, or null when the model has one.</param>
    /// <param name="limits">The wall-clock limit and memory budget of the whole call; null for none (a trusted model).</param>
    /// <exception cref="ModelException">The names, types or shapes do not fit the model, the model fails to run, or it
    /// went past its limits and was stopped.</exception>
    public ModelOutput Predict(ReadOnlySpan<float> rows, int rowCount, string? inputName = null, string? outputName = null,
        ModelRunLimits? limits = null)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        limits ??= ModelRunLimits.None;
        limits.Validate();
        long started = System.Diagnostics.Stopwatch.GetTimestamp();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rowCount);

        var input = Resolve(Inputs, inputName, "input");
        var output = Resolve(Outputs, outputName, "output");
        if (!TensorConversion.CanConvert(output.ElementType))
        {
            throw new ModelException(
                $"output '{output.Name}' of {Name} holds {ModelElementTypes.Describe(output.ElementType)} values, which cannot be read as numbers");
        }

        var layout = InputLayout.Create(Name, input, rows.Length, rowCount);
        var collector = new OutputCollector(Name, output, rowCount);
        unsafe
        {
            // Batches are fed straight from the caller's memory, pinned for the duration of the loop.
            fixed (float* data = rows)
            {
                for (var start = 0; start < rowCount; start += layout.BatchRows)
                {
                    var count = Math.Min(layout.BatchRows, rowCount - start);
                    using var results = RunBatch(
                        input.Name,
                        output.Name,
                        layout.ShapeFor(count),
                        (IntPtr)(data + ((long)start * layout.ValuesPerRow)),
                        (long)count * layout.ValuesPerRow * sizeof(float),
                        start,
                        limits,
                        started);
                    collector.Add(results[0], start, count);
                }
            }
        }

        return collector.Result();
    }

    /// <summary>Releases the native session.</summary>
    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            _session.Dispose();
        }
    }

    /// <summary>Runs one batch whose rows are already pinned at <paramref name="data"/>.</summary>
    private IDisposableReadOnlyCollection<OrtValue> RunBatch(
        string inputName, string outputName, long[] shape, IntPtr data, long byteCount, int firstRow,
        ModelRunLimits limits, long started)
    {
        using var value = OrtValue.CreateTensorValueWithData(
            OrtMemoryInfo.DefaultInstance, TensorElementType.Float, shape, data, byteCount);
        using var runOptions = new RunOptions();
        using var watchdog = new RunWatchdog(runOptions, limits, started);
        try
        {
            var results = _session.Run(runOptions, [inputName], [value], [outputName]);
            if (watchdog.Reason is { } late)
            {
                results.Dispose();
                throw Stopped(late, firstRow, shape[0]);
            }

            return results;
        }
        catch (OnnxRuntimeException e)
        {
            if (watchdog.Reason is { } reason)
                throw Stopped(reason, firstRow, shape[0], e);
            throw new ModelException(
                $"{Name} failed to run on rows {firstRow}..{firstRow + shape[0] - 1}: {e.Message}", e);
        }
    }

    private ModelException Stopped(string reason, int firstRow, long rows, Exception? inner = null)
    {
        var message = $"{Name} was stopped on rows {firstRow}..{firstRow + rows - 1}: {reason}";
        return inner is null ? new ModelException(message) : new ModelException(message, inner);
    }

    private static void RefuseExternalData(byte[] onnx, string name)
    {
        string? tensor;
        try
        {
            tensor = ExternalTensorScanner.FindExternalTensor(onnx);
        }
        catch (InvalidDataException e)
        {
            throw new ModelException($"{name} is not a loadable ONNX model: {e.Message}", e);
        }

        if (tensor is not null)
        {
            throw new ModelException(
                $"{name} is not self-contained: the {tensor} keeps its data in an external file, which a model from a package may not read");
        }
    }

    private static OnnxModel Create(string name, Func<SessionOptions, InferenceSession> open)
    {
        // Learnwares are scored one after another on shared CPUs, so each session keeps to one thread.
        using var options = new SessionOptions
        {
            IntraOpNumThreads = 1,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            LogSeverityLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR,
        };
        try
        {
            return new OnnxModel(name, open(options));
        }
        catch (OnnxRuntimeException e)
        {
            throw new ModelException($"{name} is not a loadable ONNX model: {e.Message}", e);
        }
    }

    private static ModelTensorInfo[] Describe(IReadOnlyList<string> names, IReadOnlyDictionary<string, NodeMetadata> metadata) =>
    [
        .. names.Select(name =>
        {
            var node = metadata[name];
            return new ModelTensorInfo(name, ModelElementTypes.From(node), node.IsTensor ? [.. node.Dimensions] : []);
        }),
    ];

    private ModelTensorInfo Resolve(IReadOnlyList<ModelTensorInfo> candidates, string? name, string kind)
    {
        var available = string.Join(", ", candidates.Select(c => $"'{c.Name}'"));
        if (name is not null)
        {
            return candidates.FirstOrDefault(c => c.Name == name)
                ?? throw new ModelException(
                    $"{Name} has no {kind} '{name}'; its {kind}s are: {(candidates.Count == 0 ? "none" : available)}");
        }

        return candidates.Count switch
        {
            0 => throw new ModelException($"{Name} has no {kind}s"),
            1 => candidates[0],
            _ => throw new ModelException(
                $"{Name} has {candidates.Count} {kind}s ({available}); name the one to use"),
        };
    }
}
