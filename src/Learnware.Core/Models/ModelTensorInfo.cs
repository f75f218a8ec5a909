namespace Learnware.Models;

/// <summary>Name, element type and shape of one model input or output; -1 in <see cref="Shape"/> marks a dynamic dimension.</summary>
public sealed record ModelTensorInfo(string Name, ModelElementType ElementType, int[] Shape)
{
    /// <summary>Reads like <c>Features: float[-1, 8]</c>, for messages and logs.</summary>
    public override string ToString() =>
        $"{Name}: {ModelElementTypes.Describe(ElementType)}[{string.Join(", ", Shape)}]";
}
