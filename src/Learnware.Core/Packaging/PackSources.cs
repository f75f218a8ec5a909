namespace Learnware.Packaging;

/// <summary>What a learnware package is made of, before packing: the model and both specifications, plus a README.</summary>
public sealed record PackSources
{
    /// <summary>The ONNX model's bytes.</summary>
    public required byte[] Model { get; init; }

    /// <summary>The RKME table specification's JSON bytes (<c>learnware spec table</c>).</summary>
    public required byte[] StatSpecification { get; init; }

    /// <summary>The semantic specification's JSON.</summary>
    public required string SemanticJson { get; init; }

    /// <summary>An optional README.md.</summary>
    public byte[]? Readme { get; init; }

    /// <summary>Choices that replace what the manifest inference would pick.</summary>
    public ManifestOverrides? Overrides { get; init; }

    /// <summary>The model's name in error messages, e.g. its file name.</summary>
    public string ModelName { get; init; } = LearnwarePacker.ModelEntry;
}
