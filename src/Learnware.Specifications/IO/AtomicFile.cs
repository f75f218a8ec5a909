namespace Learnware.IO;

/// <summary>
/// Writes a file so that readers see either the old file or the complete new one: the content goes to a hidden
/// temporary file beside the target, is flushed to disk, then renamed over it. A failure leaves no temporary file.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="path"/> with <paramref name="write"/>.</summary>
    /// <exception cref="IOException">The target is a folder, its folder is missing, or the write fails.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(write);
        var target = Path.GetFullPath(path);
        if (Directory.Exists(target))
            throw new IOException($"{target} is a folder; give a file name");
        var folder = Path.GetDirectoryName(target) ?? throw new IOException($"{target} has no folder");
        if (!Directory.Exists(folder))
            throw new DirectoryNotFoundException($"cannot write {target}: the folder {folder} does not exist");
        var temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(file);
                file.Flush(flushToDisk: true);
            }
            File.Move(temporary, target, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/>.</summary>
    public static void WriteAllBytes(string path, byte[] bytes) => Write(path, stream => stream.Write(bytes));
}
