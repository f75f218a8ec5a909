namespace Learnware.Server.Tests.Process;

/// <summary>
/// The tests that run real dock processes, one class at a time: each process compiles and starts a whole server, and
/// several at once on a small machine would turn the tests' bounded waits into races with one another.
/// </summary>
[CollectionDefinition(Name)]
public sealed class DockProcessCollection
{
    public const string Name = "dock processes";
}
