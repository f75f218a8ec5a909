using System.Text.Json;

namespace Learnware.Cli.Remote;

/// <summary>The dock and token <c>learnware login</c> saved, in a file only its user may read (mode 0600).</summary>
internal sealed record DockConfig(string Server, string Token)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The saved configuration, or null when there is none.</summary>
    /// <exception cref="UsageException">The file exists but is not a configuration.</exception>
    public static DockConfig? Load(string file)
    {
        if (!File.Exists(file))
            return null;
        try
        {
            var config = JsonSerializer.Deserialize<DockConfig>(File.ReadAllText(file), Json);
            return config is { Server.Length: > 0, Token.Length: > 0 }
                ? config
                : throw new UsageException($"{file}: 'server' and 'token' must both be set; run 'learnware login' again");
        }
        catch (JsonException e)
        {
            throw new UsageException($"{file}: not a configuration ({e.Message}); run 'learnware login' again");
        }
    }

    /// <summary>Saves it atomically: written to a file created with mode 0600, then moved over the old one.</summary>
    public void Save(string file)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
        if (OperatingSystem.IsWindows())
            Directory.CreateDirectory(folder);
        else
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var temporary = $"{file}.{Guid.NewGuid():N}.tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        try
        {
            using (var stream = new FileStream(temporary, options))
                JsonSerializer.Serialize(stream, this, Json);
            File.Move(temporary, file, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
