using System.Security.Cryptography;
using Learnware.Server.Uploads;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Learnware.Server.Tests.Client;

/// <summary>The chunked uploads' store on its own, on a clock the test moves: expiry, the size limit, restarts.</summary>
public sealed class UploadPartsTests : IDisposable
{
    private readonly TestFolder _folder = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    private DockOptions Options(long maxPackageBytes = 1 << 20) => new()
    {
        DataFolder = _folder.Path("dock"),
        UploadLifetime = TimeSpan.FromHours(1),
        MaxPackageBytes = maxPackageBytes,
        MaxOpenUploads = 2,
    };

    private UploadParts Parts(DockOptions? options = null) => new(options ?? Options(), _time, NullLogger<UploadParts>.Instance);

    [Fact]
    public async Task AnUpload_ExpiresAfterItsLifetime_AndTheJanitorRemovesItsFiles()
    {
        var parts = Parts();
        var started = await parts.StartAsync("owner", default);
        await parts.AppendAsync(started.UploadId, "owner", 0, new MemoryStream([1, 2, 3]), default);
        Assert.Equal(_time.GetUtcNow() + TimeSpan.FromHours(1), started.ExpiresAt);

        _time.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(0, parts.RemoveExpired());
        Assert.Equal(3, (await parts.GetAsync(started.UploadId, "owner", default)).Received);

        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, parts.RemoveExpired());
        Assert.Empty(Directory.GetFiles(Options().UploadFolder));
        var gone = await Assert.ThrowsAsync<DockRequestException>(() => parts.GetAsync(started.UploadId, "owner", default));
        Assert.Equal(404, gone.StatusCode);
    }

    [Fact]
    public async Task AnExpiredUpload_Is404_AndRemovedWhenTouched()
    {
        var parts = Parts();
        var started = await parts.StartAsync("owner", default);
        _time.Advance(TimeSpan.FromHours(2));

        var expired = await Assert.ThrowsAsync<DockRequestException>(() => parts.AppendAsync(started.UploadId, "owner", 0, new MemoryStream([1]), default));

        Assert.Equal(404, expired.StatusCode);
        Assert.Contains("expired", expired.Message);
        Assert.Empty(Directory.GetFiles(Options().UploadFolder));
    }

    [Fact]
    public async Task AChunkPastTheSizeLimit_Is413_AndLeavesTheBytesBefore()
    {
        var parts = Parts(Options(maxPackageBytes: 1000));
        var started = await parts.StartAsync("owner", default);
        await parts.AppendAsync(started.UploadId, "owner", 0, new MemoryStream(new byte[600]), default);

        var tooLarge = await Assert.ThrowsAsync<DockRequestException>(
            () => parts.AppendAsync(started.UploadId, "owner", 600, new MemoryStream(new byte[401]), default));

        Assert.Equal(413, tooLarge.StatusCode);
        Assert.Equal(600, (await parts.GetAsync(started.UploadId, "owner", default)).Received);
        Assert.Equal(1000, (await parts.AppendAsync(started.UploadId, "owner", 600, new MemoryStream(new byte[400]), default)).Received);
    }

    [Fact]
    public async Task AnAccount_MayHaveOnlySoManyUploadsOpen()
    {
        var parts = Parts();
        await parts.StartAsync("owner", default);
        await parts.StartAsync("owner", default);

        var refused = await Assert.ThrowsAsync<DockRequestException>(() => parts.StartAsync("owner", default));

        Assert.Equal(409, refused.StatusCode);
        Assert.Contains("2 chunked uploads open", refused.Message);
        await parts.StartAsync("someone else", default);

        // Expired uploads no longer count, even before the janitor has removed them.
        _time.Advance(TimeSpan.FromHours(1));
        await parts.StartAsync("owner", default);
    }

    [Fact]
    public async Task AnUpload_SurvivesARestart_AndCompletesWhole()
    {
        var bytes = RandomNumberGenerator.GetBytes(5000);
        var started = await Parts().StartAsync("owner", default);
        await Parts().AppendAsync(started.UploadId, "owner", 0, new MemoryStream(bytes[..3000]), default);

        // A new store on the same folder, as after the dock restarts.
        var restarted = Parts();
        var state = await restarted.GetAsync(started.UploadId, "owner", default);
        await restarted.AppendAsync(started.UploadId, "owner", state.Received, new MemoryStream(bytes[3000..]), default);
        var completed = await restarted.CompleteAsync(started.UploadId, "owner", Convert.ToHexString(SHA256.HashData(bytes)), default);

        Assert.Equal(3000, state.Received);
        Assert.Equal(bytes, completed);
        Assert.Empty(Directory.GetFiles(Options().UploadFolder));
    }

    [Fact]
    public async Task APartWithoutItsRecord_IsRemovedOnceAsOldAsAnExpiredUpload()
    {
        var folder = Options().UploadFolder;
        Directory.CreateDirectory(folder);
        var orphan = Path.Combine(folder, $"{new string('a', 32)}.part");
        await File.WriteAllBytesAsync(orphan, [1, 2]);
        File.SetLastWriteTimeUtc(orphan, _time.GetUtcNow().UtcDateTime);
        var parts = Parts();

        Assert.Equal(0, parts.RemoveExpired());
        _time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, parts.RemoveExpired());
        Assert.False(File.Exists(orphan));
    }

    public void Dispose() => _folder.Dispose();
}
