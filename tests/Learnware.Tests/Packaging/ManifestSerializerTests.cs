using Learnware.Packaging;

namespace Learnware.Tests.Packaging;

public class ManifestSerializerTests
{
    [Fact]
    public void Parse_reads_every_field_of_the_sample()
    {
        var manifest = ManifestSerializer.Parse(Samples.ManifestYaml);

        Assert.Equal(Samples.Manifest(), manifest);
        Assert.Equal(ModelKind.Classifier, manifest.Model.Kind);
        Assert.Equal([8], manifest.Model.Input.Shape);
        Assert.Equal("RKMETableSpecification", manifest.StatSpecifications[0].Type);
    }

    [Fact]
    public void Serialize_then_parse_gives_an_equal_manifest()
    {
        var manifest = Samples.Manifest();

        Assert.Equal(manifest, ManifestSerializer.Parse(ManifestSerializer.Serialize(manifest)));
    }

    [Fact]
    public void Serialize_writes_the_documented_layout()
    {
        Assert.Equal(Samples.ManifestYaml + "\n", ManifestSerializer.Serialize(Samples.Manifest()));
    }

    [Fact]
    public void Serialize_writes_snake_case_words_and_flow_shapes()
    {
        var manifest = Samples.Manifest() with
        {
            Model = Samples.Manifest().Model with
            {
                Kind = ModelKind.FeatureExtractor,
                Output = new ModelOutputSpec("Features.out", [4, 2], OutputMeaning.Values),
            },
        };

        var yaml = ManifestSerializer.Serialize(manifest);

        Assert.StartsWith("format_version: 1\n", yaml);
        Assert.Contains("kind: feature_extractor\n", yaml);
        Assert.Contains("meaning: values\n", yaml);
        Assert.Contains("shape: [4, 2]\n", yaml);
        Assert.DoesNotContain("classes", yaml);
    }

    [Fact]
    public void Strings_that_look_like_other_types_survive_a_round_trip()
    {
        var manifest = Samples.Manifest() with { SemanticSpecification = "null", Readme = "2024.md" };

        var yaml = ManifestSerializer.Serialize(manifest);

        Assert.Contains("semantic_specification: \"null\"", yaml);
        Assert.Equal(manifest, ManifestSerializer.Parse(yaml));
    }

    [Fact]
    public void Optional_fields_may_be_absent_or_null()
    {
        var yaml = Samples.ManifestYaml.Replace("readme: README.md", "readme: null").Replace("    classes: [0, 1, 2]\n", "");

        var manifest = ManifestSerializer.Parse(yaml);

        Assert.Null(manifest.Readme);
        Assert.Null(manifest.Model.Output.Classes);
        Assert.Equal([0, 1, 2], manifest.Model.Output.EffectiveClasses);
    }

    [Fact]
    public void Python_tuples_are_read_as_sequences_wherever_a_list_of_numbers_is_given()
    {
        var yaml = Samples.ManifestYaml
            .Replace("shape: [8]", "shape: !!python/tuple [64]")
            .Replace("shape: [3]", "shape: !!python/tuple\n      - 3")
            .Replace("classes: [0, 1, 2]", "classes: !!python/tuple [2, 0, 1]");

        var manifest = ManifestSerializer.Parse(yaml);

        Assert.Equal([64], manifest.Model.Input.Shape);
        Assert.Equal([3], manifest.Model.Output.Shape);
        Assert.Equal([2, 0, 1], manifest.Model.Output.Classes);
    }

    [Fact]
    public void Unknown_keys_are_ignored_at_every_level()
    {
        var yaml = Samples.ManifestYaml
            .Replace("format_version: 1", "format_version: 1\nlearnware_id: 00001234\nextra: {nested: [1, 2]}")
            .Replace("  kind: classifier", "  kind: classifier\n  framework: sklearn")
            .Replace("    name: Features", "    name: Features\n    dtype: float32")
            .Replace("    type: RKMETableSpecification", "    type: RKMETableSpecification\n    note: python/tuple !!python/tuple");

        Assert.Equal(Samples.Manifest(), ManifestSerializer.Parse(yaml));
    }

    [Fact]
    public void A_missing_format_version_is_refused()
    {
        var error = ParseError(Samples.ManifestYaml.Replace("format_version: 1\n", ""));

        Assert.Equal("format_version", error.Field);
        Assert.Contains("is required", error.Message);
    }

    [Fact]
    public void An_unsupported_format_version_is_refused()
    {
        var error = ParseError(Samples.ManifestYaml.Replace("format_version: 1", "format_version: 2"));

        Assert.Equal("format_version", error.Field);
        Assert.Contains("unsupported version 2", error.Message);
        Assert.Equal(1, error.Line);
    }

    [Theory]
    [InlineData("  file: model.onnx\n", "model.file")]
    [InlineData("  kind: classifier\n", "model.kind")]
    [InlineData("    name: Features\n", "model.input.name")]
    [InlineData("    shape: [8]\n", "model.input.shape")]
    [InlineData("    name: Score.output\n", "model.output.name")]
    [InlineData("    shape: [3]\n", "model.output.shape")]
    [InlineData("    meaning: probabilities\n", "model.output.meaning")]
    [InlineData("    type: RKMETableSpecification\n", "stat_specifications[0].type")]
    [InlineData("semantic_specification: semantic.json\n", "semantic_specification")]
    public void A_missing_required_field_is_named(string line, string field)
    {
        var error = ParseError(Samples.ManifestYaml.Replace(line, ""));

        Assert.Equal(field, error.Field);
        Assert.StartsWith($"{field}: is required", error.Message);
    }

    [Fact]
    public void A_missing_model_section_is_named()
    {
        var yaml = "format_version: 1\nstat_specifications: [{file: s.json, type: T}]\nsemantic_specification: x.json\n";

        Assert.Equal("model", ParseError(yaml).Field);
    }

    [Fact]
    public void An_empty_list_of_stat_specifications_is_refused()
    {
        var yaml = Samples.ManifestYaml.Replace(
            "stat_specifications:\n  - file: stat.json\n    type: RKMETableSpecification\n", "stat_specifications: []\n");

        Assert.Equal("stat_specifications", ParseError(yaml).Field);
    }

    [Fact]
    public void An_unknown_output_meaning_is_refused_with_the_allowed_words()
    {
        var error = ParseError(Samples.ManifestYaml.Replace("meaning: probabilities", "meaning: Probabilities"));

        Assert.Equal("model.output.meaning", error.Field);
        Assert.Contains("unknown value 'Probabilities'", error.Message);
        Assert.Contains("probabilities, scores, labels, values", error.Message);
        Assert.Equal(11, error.Line);
        Assert.Equal(14, error.Column);
    }

    [Fact]
    public void An_unknown_model_kind_is_refused()
    {
        var error = ParseError(Samples.ManifestYaml.Replace("kind: classifier", "kind: clustering"));

        Assert.Equal("model.kind", error.Field);
        Assert.Contains("classifier, regressor, feature_extractor", error.Message);
    }

    [Theory]
    [InlineData("shape: [8]", "shape: [8, 0]", "model.input.shape[1]")]
    [InlineData("shape: [3]", "shape: [-3]", "model.output.shape[0]")]
    [InlineData("shape: [8]", "shape: !!python/tuple [0]", "model.input.shape[0]")]
    public void A_non_positive_dimension_is_refused(string from, string to, string field)
    {
        var error = ParseError(Samples.ManifestYaml.Replace(from, to));

        Assert.Equal(field, error.Field);
        Assert.Contains("positive integer", error.Message);
        Assert.NotNull(error.Line);
    }

    [Theory]
    [InlineData("shape: [8]", "shape: [8.5]", "model.input.shape[0]")]
    [InlineData("shape: [8]", "shape: 8", "model.input.shape")]
    [InlineData("shape: [8]", "shape: {d: 8}", "model.input.shape")]
    [InlineData("shape: [8]", "shape: !!set {8}", "model.input.shape")]
    [InlineData("format_version: 1", "format_version: one", "format_version")]
    [InlineData("  file: model.onnx", "  file: [model.onnx]", "model.file")]
    [InlineData("  input:", "  input: Features\n  unused:", "model.input")]
    public void A_value_of_the_wrong_type_is_named(string from, string to, string field)
    {
        Assert.Equal(field, ParseError(Samples.ManifestYaml.Replace(from, to)).Field);
    }

    [Fact]
    public void A_meaning_that_does_not_fit_the_kind_is_refused()
    {
        var error = ParseError(Samples.ManifestYaml.Replace("kind: classifier", "kind: regressor").Replace("    classes: [0, 1, 2]\n", ""));

        Assert.Equal("model.output.meaning", error.Field);
        Assert.Contains("does not fit a regressor", error.Message);
    }

    [Theory]
    [InlineData("classes: [0, 1]", "model.output.classes")]
    [InlineData("classes: [0, 1, 1]", "model.output.classes[2]")]
    [InlineData("classes: [0, -1, 2]", "model.output.classes[1]")]
    public void Classes_must_match_the_output_columns(string classes, string field)
    {
        Assert.Equal(field, ParseError(Samples.ManifestYaml.Replace("classes: [0, 1, 2]", classes)).Field);
    }

    [Theory]
    [InlineData("../model.onnx", "path escapes the package root")]
    [InlineData("/model.onnx", "absolute path")]
    [InlineData("models\\model.onnx", "backslash")]
    [InlineData("stat.json", "names the same file as model.file")]
    [InlineData("learnware.yaml", "must not name the manifest")]
    public void Model_file_must_be_a_distinct_path_inside_the_package(string file, string reason)
    {
        var yaml = Samples.ManifestYaml.Replace("file: model.onnx", $"file: '{file}'");

        var error = ParseError(yaml);

        Assert.Equal(file == "stat.json" ? "stat_specifications[0].file" : "model.file", error.Field);
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void Malformed_yaml_is_reported_with_its_location()
    {
        var error = ParseError("format_version: 1\nmodel: [unclosed\n");

        Assert.Null(error.Field);
        Assert.StartsWith("invalid YAML", error.Message);
        Assert.NotNull(error.Line);
    }

    [Fact]
    public void A_repeated_key_is_refused()
    {
        var error = ParseError(Samples.ManifestYaml.Replace("format_version: 1", "format_version: 1\nformat_version: 1"));

        Assert.Contains("invalid YAML", error.Message);
    }

    [Fact]
    public void Anchors_and_aliases_are_refused()
    {
        var error = ParseError(Samples.ManifestYaml.Replace("shape: [8]", "shape: &dims [8]").Replace("shape: [3]", "shape: *dims"));

        Assert.Contains("anchors and aliases", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("- a list\n")]
    [InlineData("format_version: 1\n---\nformat_version: 1\n")]
    public void Documents_that_are_not_one_mapping_are_refused(string yaml)
    {
        Assert.Null(ParseError(yaml).Field);
    }

    [Fact]
    public void Deep_nesting_is_refused_before_loading()
    {
        var yaml = Samples.ManifestYaml + "\nextra: " + new string('[', 10_000) + new string(']', 10_000) + "\n";

        Assert.Contains("nested deeper", ParseError(yaml).Message);
    }

    [Fact]
    public void Serialize_refuses_a_manifest_that_breaks_a_rule()
    {
        var manifest = Samples.Manifest() with { StatSpecifications = [] };

        var error = Assert.Throws<ManifestException>(() => ManifestSerializer.Serialize(manifest));

        Assert.Equal("stat_specifications", error.Field);
        Assert.Throws<ManifestException>(manifest.Validate);
    }

    [Fact]
    public void Manifest_lists_are_copied_so_later_changes_to_the_source_do_not_leak_in()
    {
        int[] shape = [8];
        var input = new ModelInputSpec("x", shape);

        shape[0] = 9;

        Assert.Equal([8], input.Shape);
        Assert.Equal(input, new ModelInputSpec("x", [8]));
        Assert.Equal(input.GetHashCode(), new ModelInputSpec("x", [8]).GetHashCode());
    }

    private static ManifestException ParseError(string yaml) =>
        Assert.Throws<ManifestException>(() => ManifestSerializer.Parse(yaml));
}
