namespace Learnware.Specifications;

/// <summary>Reading a specification file of any kind, with errors that name the file.</summary>
internal static class SpecificationFile
{
    /// <summary>Reads a file and parses it with <paramref name="parse"/>; errors name the file.</summary>
    public static T Load<T>(string path, Func<byte[], T> parse)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SpecificationException($"{path}: cannot read the file: {e.Message}", e);
        }
        try
        {
            return parse(bytes);
        }
        catch (SpecificationException e)
        {
            throw new SpecificationException($"{path}: {e.Message}", e);
        }
    }
}
