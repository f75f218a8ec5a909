namespace Learnware.Text.Tests.Support;

/// <summary>
/// The categories of Debian's <c>fortunes</c> package (installed by scripts/install-prereqs.sh): each file under
/// /usr/share/games/fortunes holds texts separated by lines that are a single "%".
/// </summary>
public static class Fortunes
{
    /// <summary>Where the package installs its category files.</summary>
    public const string Folder = "/usr/share/games/fortunes";

    /// <summary>The texts of one category, as <see cref="TextCorpus.ReadFortunes"/> reads them.</summary>
    public static IReadOnlyList<string> Category(string name)
    {
        var path = Path.Combine(Folder, name);
        if (!File.Exists(path))
            throw new FileNotFoundException($"{path} is missing: run scripts/install-prereqs.sh (it installs Debian's fortunes)", path);
        return TextCorpus.ReadFortunes(path);
    }

    /// <summary>Every category file's name (the files without the .dat index or the .u8 links), sorted.</summary>
    public static IReadOnlyList<string> Categories() =>
        [.. Directory.EnumerateFiles(Folder)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => !name.Contains('.', StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];

    /// <summary>The texts of a category split at random (seeded) into a part for the specification and a held-out part.</summary>
    public static (string[] Train, string[] HeldOut) Split(string name, int heldOut, int seed)
    {
        var texts = Category(name).ToArray();
        new Random(seed).Shuffle(texts);
        return (texts[heldOut..], texts[..heldOut]);
    }
}
