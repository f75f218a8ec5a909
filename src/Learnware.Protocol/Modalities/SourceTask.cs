using Learnware.Protocol.Data;

namespace Learnware.Protocol.Modalities;

/// <summary>
/// One source of a scenario: a meaningful group of rows (a patient group, a cluster of districts). Its learnware is
/// trained on <paramref name="Train"/>; users draw their rows from <paramref name="HeldOut"/>, which no learnware saw.
/// </summary>
public sealed record SourceTask(string Name, LabelledTable Train, LabelledTable HeldOut);
