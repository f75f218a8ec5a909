namespace Learnware.Packaging;

/// <summary>
/// The model's output tensor: its ONNX name, per-sample shape, how to read it and, for class outputs,
/// which class index each column stands for.
/// </summary>
public sealed record ModelOutputSpec(string Name, IReadOnlyList<int> Shape, OutputMeaning Meaning, IReadOnlyList<int>? Classes = null)
{
    /// <summary>Per-sample dimensions, each positive.</summary>
    public IReadOnlyList<int> Shape { get; init => field = [.. value]; } = [.. Shape];

    /// <summary>The class index of each output column, or null for the default 0..C-1.</summary>
    public IReadOnlyList<int>? Classes { get; init => field = Copy(value); } = Copy(Classes);

    /// <summary>The class index of each output column: <see cref="Classes"/> or, when absent, 0..C-1 over the last dimension.</summary>
    public IReadOnlyList<int> EffectiveClasses => Classes ?? [.. Enumerable.Range(0, Shape.Count == 0 ? 0 : Shape[^1])];

    /// <inheritdoc />
    public bool Equals(ModelOutputSpec? other) =>
        other is not null
        && Name == other.Name
        && Meaning == other.Meaning
        && ValueLists.Equal(Shape, other.Shape)
        && ValueLists.Equal(Classes, other.Classes);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Name, Meaning, ValueLists.Hash(Shape), ValueLists.Hash(Classes));

    private static IReadOnlyList<int>? Copy(IReadOnlyList<int>? list) => list is null ? null : [.. list];
}
