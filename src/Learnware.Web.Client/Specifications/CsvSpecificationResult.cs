namespace Learnware.Web.Client.Specifications;

/// <summary>A specification made in the browser: its JSON (all that should leave the machine) and what it summarises.</summary>
/// <param name="Json">The specification in the reference package's JSON layout, as <c>learnware spec table</c> writes it.</param>
/// <param name="FileName">The CSV file it was made from (only its name).</param>
/// <param name="Rows">Data rows read.</param>
/// <param name="Columns">Features per row.</param>
/// <param name="Points">Reduced-set points K actually used.</param>
public sealed record CsvSpecificationResult(string Json, string FileName, int Rows, int Columns, int Points);
