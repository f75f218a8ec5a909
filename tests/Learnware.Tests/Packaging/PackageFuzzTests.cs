using Learnware.Packaging;

namespace Learnware.Tests.Packaging;

public class PackageFuzzTests
{
    [Fact]
    public void Damaged_archives_fail_only_with_package_format_errors()
    {
        var valid = TestZip.ValidPlus(_ => { });
        var random = new Random(7);
        var reader = new LearnwarePackageReader();
        for (var i = 0; i < 3000; i++)
        {
            var zip = (byte[])valid.Clone();
            for (var flips = random.Next(1, 4); flips > 0; flips--)
            {
                // Half the damage goes to the last bytes, where the central directory and its end record sit.
                var at = random.Next(2) == 0 ? random.Next(zip.Length) : zip.Length - 1 - random.Next(Math.Min(zip.Length, 600));
                zip[at] = (byte)random.Next(256);
            }

            try
            {
                reader.Read(new MemoryStream(zip));
            }
            catch (PackageFormatException)
            {
            }
            catch (Exception e)
            {
                Assert.Fail($"iteration {i}: {e}");
            }
        }
    }

    [Fact]
    public void Damaged_manifests_fail_only_with_manifest_errors()
    {
        const string alphabet = ":-[]{}!&*#'\"|>%@`?,\n 0a";
        var random = new Random(11);
        for (var i = 0; i < 5000; i++)
        {
            var yaml = Samples.ManifestYaml.ToCharArray();
            for (var edits = random.Next(1, 4); edits > 0; edits--)
            {
                yaml[random.Next(yaml.Length)] = alphabet[random.Next(alphabet.Length)];
            }

            try
            {
                ManifestSerializer.Parse(new string(yaml));
            }
            catch (ManifestException)
            {
            }
            catch (Exception e)
            {
                Assert.Fail($"iteration {i}: {e}\n{new string(yaml)}");
            }
        }
    }
}
