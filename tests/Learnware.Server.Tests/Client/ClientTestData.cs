using Learnware.Numerics;

namespace Learnware.Server.Tests.Client;

/// <summary>A user's side of a search: the RKME specification of rows drawn around a centre, as <c>learnware spec table</c> writes it.</summary>
internal static class ClientTestData
{
    public static byte[] UserSpec(double centre, int seed)
    {
        var random = new Random(seed);
        var rows = Enumerable.Range(0, 80)
            .Select(_ => Enumerable.Range(0, DockPackages.Features).Select(_ => (float)(centre + StandardNormal.Sample(random))).ToArray()).ToArray();
        return TestPackages.StatJson(rows, k: 10);
    }
}
