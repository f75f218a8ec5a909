namespace Learnware.Packaging;

/// <summary>One statistical specification of the package: its JSON file and its type (such as <c>RKMETableSpecification</c>).</summary>
public sealed record StatSpecificationRef(string File, string Type);
