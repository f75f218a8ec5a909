using System.IO.Compression;
using Learnware.Packaging;

namespace Learnware.Tests.Packaging;

public sealed class LearnwarePackageWriterTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("learnware-packaging-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Write_then_read_gives_an_equal_manifest_and_equal_bytes()
    {
        var original = WithExtraFiles();
        using var buffer = new MemoryStream();

        new LearnwarePackageWriter().Write(original, buffer);
        buffer.Position = 0;
        var read = new LearnwarePackageReader().Read(buffer);

        Assert.Equal(original.Manifest, read.Manifest);
        Assert.Equal(original.Files.Keys.Order(StringComparer.Ordinal), read.Files.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, bytes) in original.Files)
        {
            Assert.Equal(bytes, read.Files[name]);
        }
    }

    [Fact]
    public void Writing_to_a_path_replaces_the_file_and_leaves_no_temporary_file()
    {
        var path = Path.Combine(_folder, "sample.learnware.zip");
        File.WriteAllText(path, "old content");

        new LearnwarePackageWriter().Write(Samples.Package(), path);

        Assert.Equal(Samples.Manifest(), new LearnwarePackageReader().Read(path).Manifest);
        Assert.Equal([path], Directory.GetFiles(_folder));
    }

    [Fact]
    public void A_failed_write_leaves_the_target_untouched_and_no_temporary_file()
    {
        var path = Path.Combine(_folder, "sample.learnware.zip");
        File.WriteAllText(path, "old content");
        var writer = new LearnwarePackageWriter(new PackageLimits { MaxEntries = 2 });

        var error = Assert.Throws<PackageFormatException>(() => writer.Write(Samples.Package(), path));

        Assert.Equal(PackageError.TooManyEntries, error.Code);
        Assert.Equal("old content", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(_folder));
    }

    [Fact]
    public void Output_is_deterministic_with_the_manifest_first_and_files_in_name_order()
    {
        var first = WriteToBytes(WithExtraFiles());
        var second = WriteToBytes(WithExtraFiles());

        Assert.Equal(first, second);
        using var archive = new ZipArchive(new MemoryStream(first), ZipArchiveMode.Read);
        Assert.Equal(
            ["learnware.yaml", "README.md", "Z.txt", "docs/b.txt", "model.onnx", "semantic.json", "stat.json"],
            archive.Entries.Select(e => e.FullName));
    }

    [Fact]
    public void Data_that_would_break_the_ratio_limit_is_stored_so_it_reads_back()
    {
        var limits = new PackageLimits { MaxCompressionRatio = 10, CompressionRatioThresholdBytes = 4096 };
        var files = Samples.Files();
        files["zeros.bin"] = new byte[200_000];
        var zip = WriteToBytes(new LearnwarePackage(Samples.Manifest(), files), limits);

        var read = new LearnwarePackageReader(limits).Read(new MemoryStream(zip));

        Assert.Equal(200_000, read.Files["zeros.bin"].Length);
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        Assert.Equal(200_000, archive.GetEntry("zeros.bin")!.CompressedLength);
        Assert.True(archive.GetEntry("stat.json")!.CompressedLength > 0);
    }

    [Fact]
    public void An_entry_over_the_size_cap_is_not_written()
    {
        var files = Samples.Files();
        files["big.bin"] = new byte[5000];
        var writer = new LearnwarePackageWriter(new PackageLimits { MaxEntryBytes = 1000 });

        var error = Assert.Throws<PackageFormatException>(() => writer.Write(new LearnwarePackage(Samples.Manifest(), files), Stream.Null));

        Assert.Equal(PackageError.EntryTooLarge, error.Code);
        Assert.Equal("big.bin", error.EntryName);
    }

    [Fact]
    public void A_package_can_be_written_to_a_stream_that_cannot_seek()
    {
        var sink = new ForwardOnlySink();

        new LearnwarePackageWriter().Write(Samples.Package(), sink);

        Assert.Equal(Samples.Manifest(), new LearnwarePackageReader().Read(new MemoryStream(sink.ToArray())).Manifest);
    }

    private static LearnwarePackage WithExtraFiles()
    {
        var files = Samples.Files();
        files["docs/b.txt"] = "b"u8.ToArray();
        files["Z.txt"] = "z"u8.ToArray();
        return new LearnwarePackage(Samples.Manifest(), files);
    }

    private static byte[] WriteToBytes(LearnwarePackage package, PackageLimits? limits = null)
    {
        using var buffer = new MemoryStream();
        new LearnwarePackageWriter(limits).Write(package, buffer);
        return buffer.ToArray();
    }
}
