using Learnware.Specifications;

namespace Learnware.Tests.Specifications;

public class RkmeJsonTests
{
    private const string Valid = """{"z":[[1.5,2.0],[3.0,-4.25]],"beta":[0.25,0.75],"gamma":0.1,"num_points":7,"type":"RKMETableSpecification"}""";

    [Fact]
    public void Serialize_WritesTheReferenceKeysInOrder()
    {
        var spec = RkmeJson.Parse(Valid);
        Assert.Equal(Valid, RkmeJson.Serialize(spec));
    }

    [Fact]
    public void Parse_IgnoresUnknownKeys()
    {
        var spec = RkmeJson.Parse("""{"extra":{"a":1},"z":[[1,2]],"beta":[1],"gamma":0.5,"num_points":3,"type":"RKMETableSpecification","cuda_idx":-1}""");
        Assert.Equal(2, spec.Dimension);
        Assert.Equal(0.5, spec.Gamma);
    }

    [Theory]
    [InlineData("""{"beta":[1],"gamma":0.1}""", "\"z\" is missing")]
    [InlineData("""{"z":[[1,2],[3]],"beta":[0.5,0.5],"gamma":0.1}""", "\"z\"[1] has 1 values")]
    [InlineData("""{"z":[[1,2]],"beta":[0.5,0.5],"gamma":0.1}""", "\"beta\" has 2 weights but \"z\" has 1")]
    [InlineData("""{"z":[[1,"x"]],"beta":[1],"gamma":0.1}""", "\"z\"[0][1] must be a finite number")]
    [InlineData("""{"z":[[1,2]],"beta":[1],"gamma":-1}""", "\"gamma\" must be a positive number")]
    [InlineData("""{"z":[[1,2]],"beta":[1],"gamma":0.1,"type":"RKMEImageSpecification"}""", "only \"RKMETableSpecification\"")]
    [InlineData("""{"z":[[1,2]],""", "not valid JSON")]
    public void Parse_RejectsBadFilesWithTheKeyAndTheReason(string json, string expected)
    {
        var error = Assert.Throws<SpecificationException>(() => RkmeJson.Parse(json));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void SaveAndLoad_RoundTripBitForBit()
    {
        var data = SyntheticData.Gaussian(300, SyntheticData.Centre(4, 1), 2, seed: 3);
        var spec = RkmeTableSpecification.FromData(data, new RkmeOptions { ReducedSetSize = 20 });
        var path = Path.Combine(Path.GetTempPath(), $"spec-{Guid.NewGuid():N}.json");
        try
        {
            RkmeJson.Save(spec, path);
            var loaded = RkmeJson.Load(path);
            Assert.Equal(spec.Points.ToArray(), loaded.Points.ToArray());
            Assert.Equal(spec.Weights.ToArray(), loaded.Weights.ToArray());
            Assert.Equal(300, loaded.NumPoints);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
