using Xunit.Abstractions;
using Xunit.Sdk;

namespace Learnware.Market.Tests.Storage;

/// <summary>
/// Discovers <see cref="StoreFactAttribute"/> tests. The skip depends on the concrete class, which an attribute on
/// the shared base method cannot see, so it is decided here, where the class is known.
/// </summary>
public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    protected override IXunitTestCase CreateTestCase(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod,
        IAttributeInfo factAttribute)
    {
        var needsPostgres = testMethod.TestClass.Class.GetCustomAttributes(typeof(PostgresTestsAttribute).AssemblyQualifiedName).Any();
        if (needsPostgres && PostgresTestServer.SkipReason is { } reason)
        {
            return new XunitSkippedDataRowTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(),
                discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason);
        }

        return base.CreateTestCase(discoveryOptions, testMethod, factAttribute);
    }
}
