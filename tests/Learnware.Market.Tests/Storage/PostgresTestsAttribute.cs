namespace Learnware.Market.Tests.Storage;

/// <summary>Marks a test class that needs the PostgreSQL server: its <see cref="StoreFactAttribute"/> tests skip without one.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PostgresTestsAttribute : Attribute;
