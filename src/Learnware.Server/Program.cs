using Learnware.Server;

var options = DockOptions.From(args, Environment.GetEnvironmentVariable);
if (options.WorkerOnly)
{
    await DockApp.BuildWorker(args, options).RunAsync();
    return;
}

await DockApp.BuildWeb(args, options).RunAsync();

/// <summary>The dock server's entry point; public so in-process tests can host it.</summary>
public partial class Program;
