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
        var texts = new List<string>();
        var lines = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            if (line == "%")
            {
                Flush();
                continue;
            }
            lines.Add(line);
        }
        Flush();
        return texts;

        void Flush()
        {
            var text = string.Join(' ', lines.SelectMany(l => l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
            if (text.Length > 0) texts.Add(text);
            lines.Clear();
        }
    }
}
