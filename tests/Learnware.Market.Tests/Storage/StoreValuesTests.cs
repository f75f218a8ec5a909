using Learnware.Market.Storage;

namespace Learnware.Market.Tests.Storage;

public sealed class StoreValuesTests
{
    [Theory]
    [InlineData(null, DatabaseProvider.Sqlite)]
    [InlineData("Data Source=/tmp/market.db", DatabaseProvider.Sqlite)]
    [InlineData("Host=127.0.0.1;Port=5432;Username=u;Password=p;Database=market", DatabaseProvider.Postgres)]
    [InlineData("server=db.internal;database=market", DatabaseProvider.Postgres)]
    public void Provider_FollowsTheConnectionString(string? connectionString, DatabaseProvider expected) =>
        Assert.Equal(expected, DatabaseProviders.Of(connectionString));

    [Fact]
    public void Provider_RefusesAStringNamingNoDatabase() =>
        Assert.Contains("neither", Assert.Throws<ArgumentException>(() => DatabaseProviders.Of("Timeout=5")).Message);

    [Fact]
    public void Ids_AreTwelveBase32Characters_AndDiffer()
    {
        var ids = Enumerable.Range(0, 1000).Select(_ => LearnwareIds.New()).ToList();

        Assert.All(ids, id => Assert.Matches("^[a-z2-7]{12}$", id));
        Assert.All(ids, id => Assert.True(LearnwareIds.IsValid(id)));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.False(LearnwareIds.IsValid("ABCDEFGHIJKL"));
    }

    [Fact]
    public void CheckLog_RoundTrips()
    {
        var json = CheckLogJson.Serialize(Submissions.Failed);

        Assert.Contains("\"status\":\"failed\"", json);
        Assert.Equal(Submissions.Failed.Results, CheckLogJson.Parse(json).Results);
    }
}
