using BenchmarkDotNet.Running;
using Learnware.Benchmarks;
using Learnware.Benchmarks.ColdStart;

if (args.Length > 0 && args[0] == ColdStartRunner.Command)
    return await ColdStartRunner.RunAsync(args[1..]);
if (args.Length > 0 && args[0] == ServerStartRunner.Command)
    return await ServerStartRunner.RunAsync(args[1..]);
if (args.Length > 0 && args[0] == ColdStartProbe.Command)
    return await ColdStartProbe.RunAsync(args[1..]);
if (args.Length > 0 && args[0] == "spec-generation")
    return SpecGenerationRunner.Run(args[1..]);
if (args.Length > 0 && args[0] == "text-spec")
    return TextSpecRunner.Run(args[1..]);
if (args.Length > 0 && args[0] == "image-spec")
    return ImageSpecRunner.Run(args[1..]);
if (args.Length > 0 && args[0] == "search-index")
    return SearchIndexRunner.Run(args[1..]);
if (args.Length > 0 && args[0] == "protocol")
    return await ProtocolCommand.RunAsync(args[1..]);
if (args.Length > 0 && ReuseRunner.Commands.Contains(args[0]))
    return ReuseRunner.Run(args[0], args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(SpecGenerationRunner).Assembly).Run(args);
return 0;
