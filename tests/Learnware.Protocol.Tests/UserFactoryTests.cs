using Learnware.Protocol.Running;
using Learnware.Protocol.Tests.Support;

namespace Learnware.Protocol.Tests;

public class UserFactoryTests
{
    [Fact]
    public void Users_TakeTheirSharesFromDistinctSources_WithTestAndPoolDisjoint()
    {
        var sources = Synthetic.Sources(4, 400, classification: true);

        var users = UserFactory.Create(sources, count: 4, testRows: 100, poolRows: 80, seed: 3);

        Assert.Equal(4, users.Count);
        for (int u = 0; u < users.Count; u++)
        {
            var user = users[u];
            Assert.Equal(u % 4, user.Dominant);
            Assert.Equal(user.Sources.Count, user.Sources.Distinct().Count());
            Assert.Equal(1, user.Shares.Sum(), 9);
            var testIds = Ids(user.Test);
            Assert.Equal(testIds.Length, user.TestSources.Count);
            var poolIds = Ids(user.Pool);
            Assert.Empty(testIds.Intersect(poolIds));
            Assert.Equal(testIds.Length, testIds.Distinct().Count());
            // Each source's share of the test rows, read back from the rows' ids (source s owns ids of its held-out block).
            for (int i = 0; i < user.Sources.Count; i++)
            {
                var heldOut = Ids(sources[user.Sources[i]].HeldOut).ToHashSet();
                Assert.Equal((int)Math.Round(100 * user.Shares[i]), testIds.Count(heldOut.Contains));
                Assert.Equal((int)Math.Round(80 * user.Shares[i]), poolIds.Count(heldOut.Contains));
                Assert.All(Enumerable.Range(0, testIds.Length).Where(r => heldOut.Contains(testIds[r])),
                    r => Assert.Equal(user.Sources[i], user.TestSources[r]));
            }
        }
    }

    private static double[] Ids(Data.LabelledTable table) => [.. Enumerable.Range(0, table.Rows).Select(r => table.Features.Row(r)[0])];
}
