using Learnware.Samples;

return SamplesApp.Run(args, Console.Out, Console.Error);
