using Learnware.Cli;

return CliApp.Run(args, new CliConsole(Console.Out, Console.Error, Interactive: !Console.IsOutputRedirected));
