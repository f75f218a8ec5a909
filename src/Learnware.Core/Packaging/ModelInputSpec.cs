namespace Learnware.Packaging;

/// <summary>The model's input tensor: its ONNX name and per-sample shape (no batch dimension).</summary>
public sealed record ModelInputSpec(string Name, IReadOnlyList<int> Shape)
{
    /// <summary>Per-sample dimensions, each positive.</summary>
    public IReadOnlyList<int> Shape { get; init => field = [.. value]; } = [.. Shape];

    /// <inheritdoc />
    public bool Equals(ModelInputSpec? other) =>
        other is not null && Name == other.Name && ValueLists.Equal(Shape, other.Shape);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, ValueLists.Hash(Shape));
}
