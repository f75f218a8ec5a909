namespace Learnware.Cli;

/// <summary>The user's command or input cannot be used; the message says what to change.</summary>
internal sealed class UsageException(string message) : Exception(message);
