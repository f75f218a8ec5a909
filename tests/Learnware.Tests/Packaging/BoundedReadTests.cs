using Learnware.Packaging;

namespace Learnware.Tests.Packaging;

public class BoundedReadTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(1000, 1000)]
    [InlineData(1000, 10)]
    [InlineData(1000, 5000)]
    [InlineData(200_000, 0)]
    public void Data_up_to_the_cap_is_read_whole_whatever_the_hint(int length, long hint)
    {
        var data = Enumerable.Range(0, length).Select(i => (byte)i).ToArray();

        Assert.Equal(data, BoundedRead.ReadAtMost(new ForwardOnlyStream(data), 200_000, hint));
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(10L)]
    [InlineData(1001L)]
    public void Reading_stops_once_the_cap_is_passed_whatever_the_hint(long hint)
    {
        var source = new MemoryStream(new byte[5000]);

        Assert.Null(BoundedRead.ReadAtMost(source, 1000, hint));
        Assert.InRange(source.Position, 1001, 1000 + 81920);
    }

    [Fact]
    public void Crc32_matches_the_standard_check_value()
    {
        Assert.Equal(0xCBF43926u, Crc32.Compute("123456789"u8));
    }
}
