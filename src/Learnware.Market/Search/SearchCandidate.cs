using Learnware.Specifications;
using Learnware.Specifications.Semantic;

namespace Learnware.Market.Search;

/// <summary>A learnware as the search sees it: its id, name and the two specifications.</summary>
/// <param name="Id">Market id.</param>
/// <param name="Name">Display name (usually the semantic specification's Name).</param>
/// <param name="Semantic">The learnware's semantic specification.</param>
/// <param name="Spec">Its statistical specification (any kind), or null when it has none (it then never ranks statistically).</param>
public sealed record SearchCandidate(string Id, string Name, SemanticSpecification Semantic, IStatSpecification? Spec);
