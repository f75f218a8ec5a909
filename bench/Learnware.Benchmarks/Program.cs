using BenchmarkDotNet.Running;
using Learnware.Benchmarks;

if (args.Length > 0 && args[0] == "spec-generation")
    return SpecGenerationRunner.Run(args[1..]);
if (args.Length > 0 && args[0] == "image-spec")
    return ImageSpecRunner.Run(args[1..]);
if (args.Length > 0 && args[0] == "search-index")
    return SearchIndexRunner.Run(args[1..]);
if (args.Length > 0 && ReuseRunner.Commands.Contains(args[0]))
    return ReuseRunner.Run(args[0], args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(SpecGenerationRunner).Assembly).Run(args);
return 0;
