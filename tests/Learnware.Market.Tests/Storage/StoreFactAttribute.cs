using Xunit.Sdk;

namespace Learnware.Market.Tests.Storage;

/// <summary>
/// A fact of the shared store contract. It runs like <see cref="FactAttribute"/>, except in a class marked
/// <see cref="PostgresTestsAttribute"/> when no PostgreSQL server is configured outside CI: then it is skipped, saying how to enable it.
/// </summary>
[XunitTestCaseDiscoverer("Learnware.Market.Tests.Storage.StoreFactDiscoverer", "Learnware.Market.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;
