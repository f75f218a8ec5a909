namespace Learnware.Cli;

/// <summary>Exit codes, a contract for scripts.</summary>
internal static class CliExitCode
{
    /// <summary>Everything succeeded.</summary>
    public const int Ok = 0;

    /// <summary>A check or a validation failed.</summary>
    public const int CheckFailed = 1;

    /// <summary>The command line or an input file is wrong.</summary>
    public const int UsageError = 2;
}
