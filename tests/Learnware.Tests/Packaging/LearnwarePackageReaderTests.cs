using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Learnware.Packaging;

namespace Learnware.Tests.Packaging;

public class LearnwarePackageReaderTests
{
    private static readonly byte[] _someText = "some text"u8.ToArray();

    [Fact]
    public void A_valid_package_is_read()
    {
        var package = Read(TestZip.ValidPlus(_ => { }));

        Assert.Equal(Samples.Manifest(), package.Manifest);
        Assert.Equal(Samples.ModelBytes, package.ModelBytes);
        Assert.Equal(["README.md", "model.onnx", "semantic.json", "stat.json"], package.Files.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Directory_entries_are_ignored_and_subfolders_are_allowed()
    {
        var zip = TestZip.ValidPlus(archive =>
        {
            archive.CreateEntry("docs/");
            archive.CreateEntry("./");
            TestZip.Add(archive, "docs/./notes.txt", _someText);
        });

        var package = Read(zip);

        Assert.Equal(_someText, package.Files["docs/notes.txt"]);
        Assert.DoesNotContain(package.Files.Keys, k => k.EndsWith('/') || k.Length == 0);
    }

    [Fact]
    public void A_package_is_read_from_a_stream_that_cannot_seek()
    {
        var package = new LearnwarePackageReader().Read(new ForwardOnlyStream(TestZip.ValidPlus(_ => { })));

        Assert.Equal(Samples.Manifest(), package.Manifest);
    }

    [Fact]
    public void Zip_slip_is_refused()
    {
        AssertRefused(TestZip.ValidPlus(a => TestZip.Add(a, "x/../y", _someText)), PackageError.PathTraversal, "x/../y");
    }

    [Fact]
    public void Zip_slip_message_names_the_entry_and_the_problem()
    {
        var error = Refused(TestZip.ValidPlus(a => TestZip.Add(a, "x/../y", _someText)));

        Assert.Equal("entry 'x/../y': path escapes the package root (zip slip)", error.Message);
    }

    [Fact]
    public void A_leading_parent_segment_is_refused()
    {
        AssertRefused(TestZip.ValidPlus(a => TestZip.Add(a, "../evil.sh", _someText)), PackageError.PathTraversal, "../evil.sh");
    }

    [Fact]
    public void An_absolute_path_is_refused()
    {
        AssertRefused(TestZip.ValidPlus(a => TestZip.Add(a, "/etc/cron.d/job", _someText)), PackageError.AbsolutePath, "/etc/cron.d/job");
    }

    [Fact]
    public void A_path_starting_with_a_backslash_is_refused_as_absolute()
    {
        AssertRefused(TestZip.ValidPlus(a => TestZip.Add(a, "\\\\server\\share", _someText)), PackageError.AbsolutePath, "\\\\server\\share");
    }

    [Fact]
    public void A_drive_letter_path_is_refused()
    {
        AssertRefused(TestZip.ValidPlus(a => TestZip.Add(a, "C:/Windows/evil.dll", _someText)), PackageError.AbsolutePath, "C:/Windows/evil.dll");
    }

    [Fact]
    public void A_backslash_path_is_refused()
    {
        AssertRefused(TestZip.ValidPlus(a => TestZip.Add(a, "specs\\stat.json", _someText)), PackageError.BackslashPath, "specs\\stat.json");
    }

    [Fact]
    public void A_control_character_in_a_name_is_refused()
    {
        var error = AssertRefused(TestZip.ValidPlus(a => TestZip.Add(a, "bad\nname.txt", _someText)), PackageError.InvalidEntryName, "bad\nname.txt");

        Assert.Contains("bad\\u000aname.txt", error.Message);
    }

    [Fact]
    public void A_symbolic_link_is_refused()
    {
        var zip = TestZip.ValidPlus(a => TestZip.Add(a, "link", "/etc/passwd"u8.ToArray(), externalAttributes: 0xA1FF << 16));

        AssertRefused(zip, PackageError.SymbolicLink, "link");
    }

    [Theory]
    [InlineData("inner.zip")]
    [InlineData("lib/helper.JAR")]
    [InlineData("data.tar.gz")]
    [InlineData("data.7z")]
    public void A_nested_archive_is_refused_by_extension(string name)
    {
        AssertRefused(TestZip.ValidPlus(a => TestZip.Add(a, name, _someText)), PackageError.NestedArchive, name);
    }

    [Fact]
    public void A_nested_zip_is_refused_by_content()
    {
        var inner = TestZip.Build(a => TestZip.Add(a, "x.txt", _someText));

        AssertRefused(TestZip.ValidPlus(a => TestZip.Add(a, "weights.bin", inner)), PackageError.NestedArchive, "weights.bin");
    }

    [Fact]
    public void A_nested_gzip_is_refused_by_content()
    {
        using var gzipped = new MemoryStream();
        using (var gzip = new GZipStream(gzipped, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(_someText);
        }

        var error = AssertRefused(
            TestZip.ValidPlus(a => TestZip.Add(a, "weights.bin", gzipped.ToArray())), PackageError.NestedArchive, "weights.bin");

        Assert.Contains("gzip", error.Message);
    }

    [Fact]
    public void Too_many_entries_are_refused()
    {
        var zip = TestZip.ValidPlus(a => TestZip.Add(a, "extra.txt", _someText));

        var error = AssertRefused(zip, PackageError.TooManyEntries, null, new PackageLimits { MaxEntries = 5 });

        Assert.StartsWith("package: 6 entries", error.Message);
    }

    [Fact]
    public void An_entry_over_the_size_cap_is_refused()
    {
        var zip = TestZip.ValidPlus(a => TestZip.Add(a, "big.bin", NoisyBytes(2000)));

        AssertRefused(zip, PackageError.EntryTooLarge, "big.bin", new PackageLimits { MaxEntryBytes = 1000 });
    }

    [Theory]
    [InlineData(10u, PackageError.CorruptEntry)]
    [InlineData(100_000u, PackageError.EntryTooLarge)]
    public void An_entry_whose_declared_size_lies_is_refused(uint declared, PackageError code)
    {
        var zip = TestZip.Build(a => TestZip.Add(a, "big.bin", NoisyBytes(5000)));
        DeclareUncompressedSize(zip, declared);

        AssertRefused(zip, code, "big.bin", new PackageLimits { MaxEntryBytes = 1000 });
    }

    [Fact]
    public void A_manifest_over_its_own_cap_is_refused()
    {
        var entries = Samples.Entries();
        entries[LearnwareManifest.FileName] = Encoding.UTF8.GetBytes(Samples.ManifestYaml + "\n# " + new string('x', 3000) + "\n");
        var zip = TestZip.Build(a => TestZip.AddAll(a, entries));

        AssertRefused(zip, PackageError.EntryTooLarge, "learnware.yaml", new PackageLimits { MaxManifestBytes = 2048 });
    }

    [Fact]
    public void Content_over_the_total_cap_is_refused()
    {
        var zip = TestZip.ValidPlus(a =>
        {
            TestZip.Add(a, "part1.bin", NoisyBytes(600));
            TestZip.Add(a, "part2.bin", NoisyBytes(600));
        });

        AssertRefused(zip, PackageError.TotalTooLarge, "part2.bin", new PackageLimits { MaxTotalBytes = 1500 });
    }

    [Fact]
    public void A_compression_ratio_over_the_cap_is_refused()
    {
        var zip = TestZip.ValidPlus(a => TestZip.Add(a, "zeros.bin", new byte[200_000]));

        AssertRefused(
            zip,
            PackageError.CompressionRatioTooHigh,
            "zeros.bin",
            new PackageLimits { MaxCompressionRatio = 10, CompressionRatioThresholdBytes = 4096 });
    }

    [Fact]
    public void A_small_entry_is_exempt_from_the_ratio_cap()
    {
        var zip = TestZip.ValidPlus(a => TestZip.Add(a, "zeros.bin", new byte[4000]));

        var package = Read(zip, new PackageLimits { MaxCompressionRatio = 10, CompressionRatioThresholdBytes = 4096 });

        Assert.Equal(4000, package.Files["zeros.bin"].Length);
    }

    [Fact]
    public void A_duplicate_entry_name_is_refused()
    {
        AssertRefused(TestZip.ValidPlus(a => TestZip.Add(a, "stat.json", _someText)), PackageError.DuplicateEntry, "stat.json");
    }

    [Fact]
    public void Names_that_differ_only_in_case_are_refused_as_duplicates()
    {
        AssertRefused(TestZip.ValidPlus(a => TestZip.Add(a, "Model.ONNX", _someText)), PackageError.DuplicateEntry, "Model.ONNX");
    }

    [Fact]
    public void A_missing_manifest_is_refused()
    {
        var entries = Samples.Entries();
        entries.Remove(LearnwareManifest.FileName);

        AssertRefused(TestZip.Build(a => TestZip.AddAll(a, entries)), PackageError.ManifestMissing, "learnware.yaml");
    }

    [Fact]
    public void A_manifest_in_a_subfolder_does_not_count()
    {
        var entries = Samples.Entries();
        entries["inner/learnware.yaml"] = entries[LearnwareManifest.FileName];
        entries.Remove(LearnwareManifest.FileName);

        AssertRefused(TestZip.Build(a => TestZip.AddAll(a, entries)), PackageError.ManifestMissing, "learnware.yaml");
    }

    [Fact]
    public void An_invalid_manifest_is_refused_naming_the_field()
    {
        var entries = Samples.Entries();
        entries[LearnwareManifest.FileName] = Encoding.UTF8.GetBytes(Samples.ManifestYaml.Replace("meaning: probabilities", "meaning: odds"));

        var error = AssertRefused(TestZip.Build(a => TestZip.AddAll(a, entries)), PackageError.ManifestInvalid, "learnware.yaml");

        Assert.Equal("model.output.meaning", Assert.IsType<ManifestException>(error.InnerException).Field);
        Assert.StartsWith("entry 'learnware.yaml': model.output.meaning: unknown value 'odds'", error.Message);
    }

    [Fact]
    public void A_file_named_by_the_manifest_but_absent_is_refused()
    {
        var entries = Samples.Entries();
        entries.Remove("semantic.json");

        var error = AssertRefused(TestZip.Build(a => TestZip.AddAll(a, entries)), PackageError.MissingFile, "semantic.json");

        Assert.Contains("semantic_specification", error.Message);
    }

    [Fact]
    public void A_specification_that_is_not_utf8_is_refused()
    {
        var entries = Samples.Entries();
        entries["stat.json"] = [0x7B, 0xC3, 0x28, 0x7D];

        AssertRefused(TestZip.Build(a => TestZip.AddAll(a, entries)), PackageError.InvalidText, "stat.json");
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x7B, 0x7D })]
    [InlineData(new byte[] { 0x50, 0x4B, 0x05, 0x06, 0x00 })]
    public void Data_that_is_not_a_zip_is_refused(byte[] data)
    {
        AssertRefused(data, PackageError.InvalidArchive, null);
    }

    [Fact]
    public void A_truncated_zip_is_refused()
    {
        var zip = TestZip.ValidPlus(_ => { });

        AssertRefused(zip[..(zip.Length / 2)], PackageError.InvalidArchive, null);
    }

    [Fact]
    public void An_entry_with_corrupt_data_is_refused()
    {
        var zip = TestZip.Build(a => TestZip.Add(a, "data.txt", NoisyBytes(3000), CompressionLevel.NoCompression));
        zip[100] ^= 0xFF;

        AssertRefused(zip, PackageError.CorruptEntry, "data.txt");
    }

    [Fact]
    public void A_zip_file_over_the_archive_cap_is_refused()
    {
        var zip = TestZip.ValidPlus(_ => { });

        AssertRefused(zip, PackageError.ArchiveTooLarge, null, new PackageLimits { MaxArchiveBytes = zip.Length - 1 });
        Assert.Equal(
            PackageError.ArchiveTooLarge,
            Assert.Throws<PackageFormatException>(() =>
                new LearnwarePackageReader(new PackageLimits { MaxArchiveBytes = zip.Length - 1 }).Read(new ForwardOnlyStream(zip))).Code);
    }

    [Fact]
    public void Nonsensical_limits_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new LearnwarePackageReader(new PackageLimits { MaxEntries = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LearnwarePackageReader(new PackageLimits { MaxEntryBytes = long.MaxValue }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LearnwarePackageReader(new PackageLimits { MaxCompressionRatio = double.NaN }));
    }

    private static LearnwarePackage Read(byte[] zip, PackageLimits? limits = null) =>
        new LearnwarePackageReader(limits).Read(new MemoryStream(zip));

    private static PackageFormatException Refused(byte[] zip, PackageLimits? limits = null) =>
        Assert.Throws<PackageFormatException>(() => Read(zip, limits));

    private static PackageFormatException AssertRefused(byte[] zip, PackageError code, string? entryName, PackageLimits? limits = null)
    {
        var error = Refused(zip, limits);
        Assert.Equal(code, error.Code);
        Assert.Equal(entryName, error.EntryName);
        return error;
    }

    // Bytes that deflate poorly, so the size tests do not trip the ratio check.
    private static byte[] NoisyBytes(int count)
    {
        var bytes = new byte[count];
        new Random(42).NextBytes(bytes);
        bytes[0] = (byte)'#';
        return bytes;
    }

    // Rewrites the uncompressed size of the only entry in both the local header and the central directory.
    private static void DeclareUncompressedSize(byte[] zip, uint size)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(22), size);
        var central = zip.AsSpan().IndexOf("PK\x01\x02"u8);
        BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(central + 24), size);
    }
}
