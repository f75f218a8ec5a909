namespace Learnware.Samples;

/// <summary>One column of the credit domain: its CSV name and what it measures.</summary>
internal sealed record Feature(string Name, string Description);
