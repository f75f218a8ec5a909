namespace Learnware.Packaging;

/// <summary>The contents of <c>learnware.yaml</c>: what the package holds and how to use its model.</summary>
public sealed record LearnwareManifest(
    ModelSpec Model,
    IReadOnlyList<StatSpecificationRef> StatSpecifications,
    string SemanticSpecification,
    string? Readme = null)
{
    /// <summary>The only <c>format_version</c> this code reads and writes.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>The name of the manifest entry at the package root.</summary>
    public const string FileName = "learnware.yaml";

    /// <summary>Statistical specifications, at least one.</summary>
    public IReadOnlyList<StatSpecificationRef> StatSpecifications { get; init => field = [.. value]; } = [.. StatSpecifications];

    /// <summary>
    /// Checks the manifest rules that the record types cannot express (positive dimensions, a meaning that fits the kind,
    /// distinct relative paths, ...); throws <see cref="ManifestException"/> naming the field.
    /// Whether the named files exist is checked when a <see cref="LearnwarePackage"/> is built.
    /// </summary>
    public void Validate() => ManifestValidator.Validate(this);

    /// <summary>Every file the manifest names, with the YAML path of the field that names it.</summary>
    public IEnumerable<(string Field, string File)> ReferencedFiles()
    {
        yield return ("model.file", Model.File);
        for (var i = 0; i < StatSpecifications.Count; i++)
        {
            yield return ($"stat_specifications[{i}].file", StatSpecifications[i].File);
        }

        yield return ("semantic_specification", SemanticSpecification);
        if (Readme is not null)
        {
            yield return ("readme", Readme);
        }
    }

    /// <inheritdoc />
    public bool Equals(LearnwareManifest? other) =>
        other is not null
        && Model == other.Model
        && SemanticSpecification == other.SemanticSpecification
        && Readme == other.Readme
        && ValueLists.Equal(StatSpecifications, other.StatSpecifications);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Model, SemanticSpecification, Readme, ValueLists.Hash(StatSpecifications));
}
