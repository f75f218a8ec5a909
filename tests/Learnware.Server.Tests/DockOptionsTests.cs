namespace Learnware.Server.Tests;

/// <summary>The queue's settings read from the environment: seconds, with the abandoned-claim age past the time limit by default.</summary>
public sealed class DockOptionsTests
{
    private static DockOptions From(params (string Name, string Value)[] variables)
    {
        var environment = variables.ToDictionary(v => v.Name, v => v.Value);
        return DockOptions.From([], name => environment.GetValueOrDefault(name));
    }

    [Fact]
    public void TheQueue_sDurations_AreReadInSeconds()
    {
        var options = From((DockOptions.CheckTimeLimitVariable, "2"), (DockOptions.QueuePollIntervalVariable, "0.05"),
            (DockOptions.AbandonedClaimAgeVariable, "1.5"));

        Assert.Equal(TimeSpan.FromSeconds(2), options.CheckTimeLimit);
        Assert.Equal(TimeSpan.FromMilliseconds(50), options.QueuePollInterval);
        Assert.Equal(TimeSpan.FromSeconds(1.5), options.AbandonedClaimAge);
    }

    [Fact]
    public void WithoutAnAge_AClaimIsAbandonedHalfAMinutePastTheCheckTimeLimit_SoAVerifierAtWorkKeepsIt()
    {
        Assert.Equal(TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(30), From().AbandonedClaimAge);
        Assert.Equal(TimeSpan.FromSeconds(75), From((DockOptions.CheckTimeLimitVariable, "45")).AbandonedClaimAge);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("two")]
    [InlineData("NaN")]
    [InlineData("1e300")]
    public void ADurationThatIsNotAPositiveNumberOfSeconds_IsRefused_NamingTheVariable(string value)
    {
        var e = Assert.Throws<ArgumentException>(() => From((DockOptions.AbandonedClaimAgeVariable, value)));

        Assert.StartsWith($"{DockOptions.AbandonedClaimAgeVariable} must be a positive number of seconds, got '{value}'", e.Message, StringComparison.Ordinal);
    }
}
