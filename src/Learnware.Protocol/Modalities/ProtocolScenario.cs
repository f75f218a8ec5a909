namespace Learnware.Protocol.Modalities;

/// <summary>One data set of a modality, split into sources, with the trainer of its learnwares and user models.</summary>
/// <param name="Name">Short name, the key in results.json.</param>
/// <param name="Description">What the data and the sources are, for results.md.</param>
/// <param name="Metric">How users' predictions are scored.</param>
/// <param name="ClassCount">Number of classes (0 for regression).</param>
/// <param name="Sources">The sources; each gets one learnware.</param>
/// <param name="Trainer">How learnwares and the users' own models are trained.</param>
public sealed record ProtocolScenario(string Name, string Description, ProtocolMetric Metric, int ClassCount,
    IReadOnlyList<SourceTask> Sources, ILearnwareTrainer Trainer);
