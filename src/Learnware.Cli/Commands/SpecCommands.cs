using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Learnware.Images;
using Learnware.Specifications;
using Learnware.Specifications.Images;
using Learnware.Tables;

namespace Learnware.Cli.Commands;

/// <summary><c>learnware spec table|image|dist|info</c>: statistical specifications.</summary>
internal static class SpecCommands
{
    public static Command Create(CliConsole console) => new("spec", "Make, compare and inspect statistical specifications (RKME).")
    {
        Table(console),
        TextSpecCommand.Create(console),
        Image(console),
        Distance(console),
        Info(console),
    };

    private static Command Table(CliConsole console)
    {
        var data = new Option<FileInfo>("--data") { Description = "CSV file with a header row (one sample per row)", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "where to write the specification JSON", Required = true };
        var k = new Option<int>("--k") { Description = "number of reduced-set points K", DefaultValueFactory = _ => RkmeOptions.Defaults.ReducedSetSize };
        var gamma = new Option<double>("--gamma") { Description = "RBF kernel bandwidth", DefaultValueFactory = _ => RkmeOptions.Defaults.Gamma };
        var steps = new Option<int>("--steps") { Description = "optimisation steps after the k-means start", DefaultValueFactory = _ => RkmeOptions.Defaults.Steps };
        var seed = new Option<int>("--seed") { Description = "random seed (same data + seed = same specification)" };
        var noReduce = new Option<bool>("--no-reduce") { Description = "keep every row with weight 1/n instead of a reduced set" };
        var columns = new Option<string?>("--columns") { Description = "comma-separated column names to use (default: all)" };
        var json = new Option<bool>("--json") { Description = "print a JSON summary" };
        var command = new Command("table", "Make the RKME specification of a table.") { data, output, k, gamma, steps, seed, noReduce, columns, json };
        command.SetAction(parse => CliApp.Guard(console, () =>
        {
            var options = new RkmeOptions
            {
                ReducedSetSize = parse.GetValue(k),
                Gamma = parse.GetValue(gamma),
                Steps = parse.GetValue(steps),
                Seed = parse.GetValue(seed),
                Reduce = !parse.GetValue(noReduce),
            };
            RequireOption(options.ReducedSetSize >= 1, $"--k must be at least 1, got {options.ReducedSetSize}");
            RequireOption(options.ReducedSetSize <= Learnware.Packaging.PackageLimits.Default.MaxSpecPoints,
                $"--k must be at most {Learnware.Packaging.PackageLimits.Default.MaxSpecPoints} (the dock's limit on a specification), got {options.ReducedSetSize}");
            RequireOption(options.Gamma > 0 && double.IsFinite(options.Gamma), $"--gamma must be a positive number, got {options.Gamma}");
            RequireOption(options.Steps >= 0, $"--steps must be 0 or more, got {options.Steps}");
            var selected = parse.GetValue(columns)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var path = parse.GetRequiredValue(data).FullName;
            var table = console.Status($"Reading {Path.GetFileName(path)}", () => CsvTable.Read(path, selected));
            if (table.Rows == 0)
                throw new UsageException($"{path}: the table has no data rows");
            var watch = Stopwatch.StartNew();
            var spec = console.Status($"Generating the specification of {table.Rows} x {table.Columns}",
                () => RkmeTableSpecification.FromTable(table, options));
            var elapsed = watch.Elapsed.TotalSeconds;
            var target = parse.GetRequiredValue(output).FullName;
            RkmeJson.Save(spec, target);
            if (parse.GetValue(json))
                CliJson.Write(console.Out, new { @out = target, k = spec.Count, dimension = spec.Dimension, num_points = spec.NumPoints, gamma = spec.Gamma, seconds = elapsed });
            else
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"wrote {target}: {spec.Count} points x {spec.Dimension} features from {spec.NumPoints} rows, gamma {spec.Gamma} ({elapsed:F2} s)"));
            return CliExitCode.Ok;
        }));
        return command;
    }

    private static Command Image(CliConsole console)
    {
        var data = new Option<string>("--data") { Description = "a folder of PNG/JPEG files or an IDX image file (gzip or not)", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "where to write the specification JSON", Required = true };
        var k = new Option<int>("--k") { Description = "number of reduced-set points K", DefaultValueFactory = _ => new RkmeImageOptions().ReducedSetSize };
        var seed = new Option<int>("--seed") { Description = "random seed (same images + seed = same specification)" };
        var limit = new Option<int?>("--limit") { Description = "use only the first N images" };
        var json = new Option<bool>("--json") { Description = "print a JSON summary" };
        var command = new Command("image", "Make the RKME specification of images (compared with the ConvNet NNGP kernel).") { data, output, k, seed, limit, json };
        command.SetAction(parse => CliApp.Guard(console, () =>
        {
            var options = new RkmeImageOptions { ReducedSetSize = parse.GetValue(k), Seed = parse.GetValue(seed) };
            RequireOption(options.ReducedSetSize >= 1, $"--k must be at least 1, got {options.ReducedSetSize}");
            RequireOption(parse.GetValue(limit) is null or >= 1, "--limit must be at least 1");
            var path = parse.GetRequiredValue(data);
            var images = console.Status($"Reading {Path.GetFileName(path)}", () => ImageSource.Read(path, parse.GetValue(limit)));
            var watch = Stopwatch.StartNew();
            var spec = console.Status($"Generating the specification of {images.Count} images of {images.Channels}x{images.Height}x{images.Width}",
                () => RkmeImageSpecification.FromImages(images.Pixels, images.Count, images.Channels, images.Height, images.Width, options));
            var elapsed = watch.Elapsed.TotalSeconds;
            var target = parse.GetRequiredValue(output).FullName;
            StatSpecificationJson.Save(spec, target);
            if (parse.GetValue(json))
                CliJson.Write(console.Out, new { @out = target, k = spec.Count, channels = spec.Channels, images = images.Count, height = images.Height, width = images.Width, seconds = elapsed });
            else
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"wrote {target}: {spec.Count} points of {spec.Channels}x32x32 from {images.Count} images of {images.Height}x{images.Width} ({elapsed:F2} s)"));
            return CliExitCode.Ok;
        }));
        return command;
    }

    private static void RequireOption(bool valid, string message)
    {
        if (!valid)
            throw new UsageException(message);
    }

    private static Command Distance(CliConsole console)
    {
        var first = new Argument<FileInfo>("A.json") { Description = "first specification" };
        var second = new Argument<FileInfo>("B.json") { Description = "second specification" };
        var json = new Option<bool>("--json") { Description = "print {\"mmd2\": x}" };
        var command = new Command("dist", "MMD² between two specifications (<A,A> − 2<A,B> + <B,B>).") { first, second, json };
        command.SetAction(parse => CliApp.Guard(console, () =>
        {
            var a = StatSpecificationJson.Load(parse.GetRequiredValue(first).FullName);
            var b = StatSpecificationJson.Load(parse.GetRequiredValue(second).FullName);
            if (a.TypeName != b.TypeName)
                throw new UsageException($"a {a.TypeName} and a {b.TypeName} cannot be compared");
            if (a is RkmeTextSpecification textA && b is RkmeTextSpecification textB)
                textA.RequireSameEncoder(textB);
            if (!a.SharesIslandWith(b))
                throw new UsageException(a is RkmeTableSpecification
                    ? $"the specifications have different dimensions ({a.PointSize} and {b.PointSize}) and cannot be compared"
                    : $"the specifications have different point shapes ([{string.Join(", ", a.PointShape)}] and [{string.Join(", ", b.PointShape)}]) and cannot be compared");
            double mmd2 = a.SquaredDistance(b);
            if (parse.GetValue(json))
                CliJson.Write(console.Out, new { mmd2 });
            else
                console.Out.WriteLine(mmd2.ToString("R", CultureInfo.InvariantCulture));
            return CliExitCode.Ok;
        }));
        return command;
    }

    private static Command Info(CliConsole console)
    {
        var file = new Argument<FileInfo>("SPEC.json") { Description = "specification file" };
        var json = new Option<bool>("--json") { Description = "print JSON" };
        var command = new Command("info", "Describe a specification.") { file, json };
        command.SetAction(parse => CliApp.Guard(console, () =>
        {
            var spec = StatSpecificationJson.Load(parse.GetRequiredValue(file).FullName);
            var weights = spec.Weights.ToArray();
            var text = spec as RkmeTextSpecification;
            var table = spec as RkmeTableSpecification ?? text?.Embeddings;
            var info = new
            {
                type = spec.TypeName,
                k = spec.Count,
                dimension = spec.PointSize,
                point_shape = spec.PointShape,
                gamma = table?.Gamma,
                num_points = table?.NumPoints,
                weight_sum = weights.Sum(),
                weight_min = weights.Min(),
                weight_max = weights.Max(),
                nonzero_weights = weights.Count(w => w > 0),
                encoder = text?.Encoder,
                language = text?.Languages,
            };
            if (parse.GetValue(json))
                CliJson.Write(console.Out, info);
            else
            {
                var o = console.Out;
                o.WriteLine($"type            {info.type}");
                o.WriteLine($"points (K)      {info.k}");
                o.WriteLine($"dimension       {info.dimension}");
                if (spec.PointShape.Count > 1)
                    o.WriteLine($"point shape     [{string.Join(", ", info.point_shape)}]");
                if (table is not null)
                {
                    o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"gamma           {info.gamma}"));
                    o.WriteLine($"data rows       {info.num_points}");
                }
                if (text is not null)
                {
                    o.WriteLine($"encoder         {text.Encoder}");
                    o.WriteLine($"languages       {string.Join(", ", text.Languages)}");
                }
                o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"weights         sum {info.weight_sum:G6}, min {info.weight_min:G4}, max {info.weight_max:G4}, {info.nonzero_weights} non-zero"));
            }
            return CliExitCode.Ok;
        }));
        return command;
    }
}
