namespace Learnware.Protocol.Modalities;

/// <summary>
/// One modality's part of the protocol (tables today; images and text plug in the same way): its public data sets,
/// each split into sources.
/// </summary>
public interface IModalityProtocol
{
    /// <summary>The key in results.json: <c>tables</c>, <c>images</c> or <c>text</c>.</summary>
    string Modality { get; }

    /// <summary>The modality's scenarios at the given scale.</summary>
    IReadOnlyList<ProtocolScenario> Scenarios(ProtocolScale scale);
}
