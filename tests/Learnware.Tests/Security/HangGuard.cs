namespace Learnware.Tests.Security;

/// <summary>Runs work that must stop on its own, failing the test (instead of hanging the suite) if it does not.</summary>
internal static class HangGuard
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    public static T Run<T>(Func<T> work)
    {
        var task = Task.Run(work);
        Assert.True(task.Wait(Limit), $"the work did not stop within {Limit.TotalMinutes} minutes");
        return task.Result;
    }
}
