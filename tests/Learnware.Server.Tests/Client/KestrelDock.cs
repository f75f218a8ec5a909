using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Learnware.Server.Tests.Client;

/// <summary>The dock in process but on a real socket (127.0.0.1, a free port), so that separate <c>learnware</c> processes can call it.</summary>
public sealed class KestrelDock : IDisposable
{
    public KestrelDock()
    {
        Factory = new DockFactory();
        Factory.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
        Factory.StartServer();
        var address = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Url = new Uri(address.EndsWith('/') ? address : address + "/");
    }

    public DockFactory Factory { get; }

    /// <summary>The dock's root URL, such as <c>http://127.0.0.1:40123/</c>.</summary>
    public Uri Url { get; }

    public void Dispose() => Factory.Dispose();
}
