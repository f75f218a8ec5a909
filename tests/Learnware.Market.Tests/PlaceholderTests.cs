namespace Learnware.Market.Tests;

public class ProjectTests
{
    [Fact]
    public void MarketAssembly_ReferencesTheCore() =>
        Assert.Contains(typeof(Learnware.Market.MarketAssembly).Assembly.GetReferencedAssemblies(), a => a.Name == "Learnware.Core");
}
