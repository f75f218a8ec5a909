namespace Learnware.Protocol.Modalities;

/// <summary>The names of the protocol's modalities: the keys of results.json and of <c>protocol --only</c>.</summary>
public static class ProtocolModalities
{
    /// <summary>The modalities' names.</summary>
    public const string Tables = "tables", Images = "images", Text = "text";

    /// <summary>Every modality, in the order of the report.</summary>
    public static IReadOnlyList<string> All { get; } = [Tables, Images, Text];
}
