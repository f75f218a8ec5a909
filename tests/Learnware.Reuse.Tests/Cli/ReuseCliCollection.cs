namespace Learnware.Reuse.Tests.Cli;

/// <summary>Shares one <see cref="ClusterExpertFiles"/> among the <c>learnware reuse</c> test classes.</summary>
[CollectionDefinition(Name)]
public sealed class ReuseCliCollection : ICollectionFixture<ClusterExpertFiles>
{
    public const string Name = "reuse cli";
}
