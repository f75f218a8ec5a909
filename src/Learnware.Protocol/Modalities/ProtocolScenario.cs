using Learnware.Protocol.Running;
using Learnware.Reuse;

namespace Learnware.Protocol.Modalities;

/// <summary>One data set of a modality, split into sources, with the trainer of its learnwares and user models.</summary>
/// <param name="Name">Short name, the key in results.json.</param>
/// <param name="Description">What the data and the sources are, for results.md.</param>
/// <param name="Metric">How users' predictions are scored.</param>
/// <param name="ClassCount">Number of classes (0 for regression).</param>
/// <param name="Sources">The sources; each gets one learnware.</param>
/// <param name="Trainer">How learnwares and the users' own models are trained.</param>
/// <param name="Users">The scenario's own users (given the seed), when they are not drawn from the sources' held-out rows
/// by <see cref="UserFactory"/>: users of a class mixture, for instance.</param>
/// <param name="Scale">The scenario's own sizes, when they differ from the run's (an image scenario has more users and
/// fewer labelled ones than a table).</param>
/// <param name="Augmentation">Options of feature augmentation, when the defaults cost too much on wide rows (images).</param>
/// <param name="UserDescription">How the users are drawn, for results.md; null for the table users of <see cref="UserFactory"/>.</param>
public sealed record ProtocolScenario(string Name, string Description, ProtocolMetric Metric, int ClassCount,
    IReadOnlyList<SourceTask> Sources, ILearnwareTrainer Trainer, Func<int, IReadOnlyList<UserTask>>? Users = null,
    ProtocolScale? Scale = null, FeatureAugmentOptions? Augmentation = null, string? UserDescription = null);
