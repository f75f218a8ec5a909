using Learnware.Protocol.Modalities;

namespace Learnware.Protocol.Text;

/// <summary>How large the text part of the protocol runs.</summary>
/// <param name="TextsPerCategory">Texts taken from each category (a seeded sample).</param>
/// <param name="LearnwaresPerCombination">Learnwares per combination of 3 categories, each on its own random half.</param>
/// <param name="Scale">Labelled sizes and repeats (users and test texts follow from the categories).</param>
public sealed record TextProtocolSizes(int TextsPerCategory, int LearnwaresPerCombination, ProtocolScale Scale);
