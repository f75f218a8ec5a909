using System.CommandLine;
using Learnware.Cli.Remote;
using Learnware.Client;
using Learnware.Packaging;

namespace Learnware.Cli.Commands;

/// <summary><c>learnware upload LW.zip [--wait]</c>: submit a package to the dock; with --wait, exit 1 if its checks reject it.</summary>
internal static class UploadCommand
{
    public static Command Create(CliConsole console, CliEnvironment environment)
    {
        var package = new Argument<FileInfo>("LW.zip") { Description = "the learnware package" };
        var version = new Option<string?>("--new-version-of") { Description = "upload as a new version of this learnware (its owner only)" };
        var semantic = new Option<FileInfo?>("--semantic")
        {
            Description = "a semantic specification (JSON) for the dock to store in the package in place of the package's own",
        };
        var wait = new Option<bool>("--wait") { Description = "wait for the dock's checks: exit 1 if the package is rejected, with the reasons" };
        var json = MarketOptions.Json();
        var command = new Command("upload", "Upload a learnware package to the dock, where it is checked before anyone sees it.")
        {
            package, version, semantic, wait, json,
        };
        command.SetAction((parse, token) => RemoteCli.RunAsync(console, environment, async (client, _) =>
        {
            var path = parse.GetRequiredValue(package).FullName;
            if (!File.Exists(path))
                throw new UsageException($"{path}: no such file");
            string? semanticJson = null;
            if (parse.GetValue(semantic) is { } semanticFile)
            {
                semanticJson = semanticFile.Exists
                    ? await File.ReadAllTextAsync(semanticFile.FullName, token)
                    : throw new UsageException($"{semanticFile.FullName}: no such file");
                // The dock's own rules, checked here before a large package travels only to be refused for its description.
                try
                {
                    LearnwarePacker.ValidateSemantic(semanticJson);
                }
                catch (SemanticSpecificationInvalidException e)
                {
                    throw new UsageException($"{semanticFile.FullName}: {e.Message}");
                }
            }
            var receipt = await TransferBar.RunAsync(console, $"Uploading {Path.GetFileName(path)}",
                progress => client.UploadFileAsync(path, parse.GetValue(version), progress, semanticJson, token));
            var (status, failures) = (receipt.Status, (IReadOnlyList<CheckEntry>)[]);
            if (parse.GetValue(wait))
            {
                var checkedUpload = await console.StatusAsync("Waiting for the dock's checks", () => client.WaitForChecksAsync(receipt, token));
                (status, failures) = (checkedUpload.Status, checkedUpload.Failures);
            }

            if (parse.GetValue(json))
                CliJson.Write(console.Out, new
                {
                    id = receipt.Id,
                    version = receipt.Version,
                    status,
                    failures = failures.Select(f => new { name = f.Name, detail = f.Detail }),
                });
            else
            {
                console.Out.WriteLine($"{receipt.Id} version {receipt.Version}: {status}");
                foreach (var failure in failures)
                    console.Out.WriteLine($"  {failure.Name}: {failure.Detail}");
            }

            return status == LearnwareStatuses.Rejected ? CliExitCode.CheckFailed : CliExitCode.Ok;
        }));
        return command;
    }
}
