namespace Learnware.Reuse.Tests.Support;

/// <summary>Shares one <see cref="ExpertsFixture"/> (two trained experts) among the test classes that use it.</summary>
[CollectionDefinition(Name)]
public sealed class ExpertsCollection : ICollectionFixture<ExpertsFixture>
{
    public const string Name = "experts";
}
