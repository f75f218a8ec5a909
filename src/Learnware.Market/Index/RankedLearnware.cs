namespace Learnware.Market.Index;

/// <summary>A learnware with its exact MMD² to the user's specification.</summary>
public readonly record struct RankedLearnware(string Id, double Mmd2);
