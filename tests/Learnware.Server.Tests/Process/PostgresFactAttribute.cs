using Learnware.Market.Tests.Storage;

namespace Learnware.Server.Tests.Process;

/// <summary>
/// A fact that needs the PostgreSQL test server: skipped, saying how to enable it, when none is configured outside CI;
/// under CI it runs and fails without one.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute() => Skip = PostgresTestServer.SkipReason;
}
