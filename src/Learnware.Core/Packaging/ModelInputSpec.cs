namespace Learnware.Packaging;

/// <summary>The model's input tensor: its ONNX name and per-sample shape (no batch dimension).</summary>
public sealed record ModelInputSpec(string Name, IReadOnlyList<int> Shape)
{
    /// <summary>Per-sample dimensions, each positive.</summary>
    public IReadOnlyList<int> Shape { get; init => field = [.. value]; } = [.. Shape];

    /// <summary>
    /// The sentence encoder whose embeddings the model takes, for a text model (e.g. <c>all-MiniLM-L6-v2</c>): texts
    /// are embedded by the dock before the model sees them. Null for a model that takes its input as it is.
    /// </summary>
    public string? Encoder { get; init; }

    /// <inheritdoc />
    public bool Equals(ModelInputSpec? other) =>
        other is not null && Name == other.Name && ValueLists.Equal(Shape, other.Shape) && Encoder == other.Encoder;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, ValueLists.Hash(Shape), Encoder);
}
