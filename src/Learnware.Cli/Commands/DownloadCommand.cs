using System.CommandLine;
using Learnware.Cli.Remote;

namespace Learnware.Cli.Commands;

/// <summary><c>learnware download ID... --out DIR</c>: each learnware's package as <c>DIR/ID.zip</c>.</summary>
internal static class DownloadCommand
{
    public static Command Create(CliConsole console, CliEnvironment environment)
    {
        var ids = new Argument<string[]>("ID") { Description = "the learnwares to download", Arity = ArgumentArity.OneOrMore };
        var output = new Option<DirectoryInfo>("--out") { Description = "the folder to write the packages to (made if missing)", Required = true };
        var command = new Command("download", "Download learnwares' packages (their latest usable versions) from the dock.") { ids, output };
        command.SetAction((parse, token) => RemoteCli.RunAsync(console, environment, async (client, _) =>
        {
            var folder = parse.GetRequiredValue(output).FullName;
            var wanted = parse.GetRequiredValue(ids).Distinct(StringComparer.Ordinal).ToArray();
            foreach (var id in wanted)
            {
                if (id.Length == 0 || id.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || id is "." or "..")
                    throw new UsageException($"'{id}' is not a learnware id");
            }

            Directory.CreateDirectory(folder);
            foreach (var id in wanted)
            {
                var target = Path.Combine(folder, $"{id}.zip");
                // Written beside the target and moved over it once whole: a failed download leaves no partial package.
                var partial = $"{target}.{Guid.NewGuid():N}.part";
                try
                {
                    await using (var file = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, useAsync: true))
                        await TransferBar.RunAsync(console, $"Downloading {id}", async progress =>
                        {
                            await client.DownloadAsync(id, file, progress, token);
                            return file.Length;
                        });
                    File.Move(partial, target, overwrite: true);
                }
                finally
                {
                    File.Delete(partial);
                }

                console.Out.WriteLine($"wrote {target} ({new FileInfo(target).Length} bytes)");
            }

            return CliExitCode.Ok;
        }));
        return command;
    }
}
