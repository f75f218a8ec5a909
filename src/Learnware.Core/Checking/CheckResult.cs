namespace Learnware.Checking;

/// <summary>One named check, its outcome and a readable reason.</summary>
public sealed record CheckResult(string Name, CheckStatus Status, string Detail);
