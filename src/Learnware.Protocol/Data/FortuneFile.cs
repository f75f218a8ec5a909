using Learnware.Text;

namespace Learnware.Protocol.Data;

/// <summary>
/// A category of Debian's <c>fortunes</c>: a file whose texts are separated by lines holding a single "%".
/// </summary>
public static class FortuneFile
{
    /// <summary>The texts of <paramref name="path"/>, in file order, each with its whitespace runs folded into single spaces.</summary>
    /// <exception cref="DatasetException">The file is missing (scripts/install-prereqs.sh installs the package).</exception>
    public static IReadOnlyList<string> Read(string path)
    {
        if (!File.Exists(path))
            throw new DatasetException($"{path}: not found (scripts/install-prereqs.sh installs Debian's fortunes)");
        return TextCorpus.ReadFortunes(path);
    }
}
