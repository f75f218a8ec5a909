namespace Learnware.Market.Index;

/// <summary>A learnware found by a sketch scan, with its sketch distance (an estimate of MMD²).</summary>
public readonly record struct SketchHit(string Id, float Distance);
