namespace Learnware.Market.Tests.Storage;

/// <summary>The PostgreSQL server the tests may use, named by an environment variable.</summary>
internal static class PostgresTestServer
{
    public const string Variable = "LEARNWARE_TEST_POSTGRES";

    /// <summary>The connection string of a role that may create databases, or null when none is configured.</summary>
    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>Why the PostgreSQL tests are skipped, or null when they run. CI never skips them: there they fail instead.</summary>
    public static string? SkipReason =>
        ConnectionString is null && !InContinuousIntegration
            ? $"PostgreSQL tests are off: set {Variable} (e.g. Host=127.0.0.1;Port=5432;Username=...;Password=...;Database=postgres) " +
              "to a role that may create databases; ./test.sh installs a local server and sets it"
            : null;

    public static string RequireConnectionString() => ConnectionString ?? throw new InvalidOperationException(
        $"{Variable} is not set, and CI must run the PostgreSQL tests: scripts/install-prereqs.sh sets up the server and ./test.sh sets the variable");

    private static bool InContinuousIntegration =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
