using Learnware.MLNet;
using System.Text;
using Learnware.Numerics;
using Learnware.Tables;

namespace Learnware.Samples;

/// <summary>Writes the source material of the credit domain's learnwares, and a user's data set to search with.</summary>
internal static class SampleGenerator
{
    private const int UserRows = 500;

    /// <summary>Share of the user's rows drawn from the lender the user resembles; the rest come from another one.</summary>
    private const double UserShare = 0.85;

    public static void Generate(string directory, int seed, TextWriter log)
    {
        Directory.CreateDirectory(directory);
        var tasks = CreditDomain.Tasks;
        var grades = new Dictionary<SampleTask, RiskGrades>();
        for (int t = 0; t < tasks.Count; t++)
        {
            var task = tasks[t];
            var trained = TrainedSample.Fit(task, seed, t);
            if (trained.Grades is { } g)
                grades[task] = g;
            Write(directory, task, trained.X, trained.Y, trained.Model, trained.Evaluation);
            log.WriteLine($"{task.Name,-28} {task.Kind.ToString().ToLowerInvariant(),-14} {task.Trainer,-14} {trained.Evaluation}");
        }
        WriteUser(directory, seed, tasks, grades, log);
        File.WriteAllText(Path.Combine(directory, "README.md"), Index(tasks));
    }

    private static void Write(string directory, SampleTask task, double[][] x, double[] y, MlNetModel model, string evaluation)
    {
        string Path(string suffix) => System.IO.Path.Combine(directory, task.Name + suffix);
        var names = CreditDomain.Features.Select(f => f.Name).ToArray();
        CsvTable.Write(Path(".train.csv"), [.. names, "label"], x.Select((row, i) => (IReadOnlyList<double>)[.. row, y[i]]));
        CsvTable.Write(Path(".features.csv"), names, x);
        File.WriteAllBytes(Path(".onnx"), model.ToOnnx());
        File.WriteAllText(Path(".semantic.json"), SampleDocuments.Semantic(CreditDomain.Domain, task));
        File.WriteAllText(Path(".README.md"), SampleDocuments.Readme(CreditDomain.Domain, task, x.Length, evaluation));
    }

    /// <summary>
    /// The user resembles one classification lender (picked by the seed): most rows come from its applicants, a few from
    /// another's, and all are graded by its rule. A search over the specifications should find that lender.
    /// </summary>
    private static void WriteUser(
        string directory, int seed, IReadOnlyList<SampleTask> tasks, Dictionary<SampleTask, RiskGrades> grades, TextWriter log)
    {
        var classifiers = tasks.Where(t => t.Kind == TaskKind.Classification).ToArray();
        var source = classifiers[((seed % classifiers.Length) + classifiers.Length) % classifiers.Length];
        var other = classifiers[(Array.IndexOf(classifiers, source) + 1) % classifiers.Length];
        var rng = new Random(TrainedSample.Seed(seed, tasks.Count));
        int own = (int)Math.Round(UserShare * UserRows);
        var x = source.Population.Sample(own, rng).Concat(other.Population.Sample(UserRows - own, rng)).ToArray();
        rng.Shuffle(x);
        var labels = x.Select(row => (double)grades[source].Grade(source.Target(row) + source.Noise * StandardNormal.Sample(rng)));
        CsvTable.Write(Path.Combine(directory, "user.csv"), CreditDomain.Features.Select(f => f.Name).ToArray(), x);
        CsvTable.Write(Path.Combine(directory, "user.labels.csv"), ["label"], labels.Select(l => (IReadOnlyList<double>)[l]));
        File.WriteAllText(Path.Combine(directory, "user.README.md"),
            $"# A user's data\n\n{UserRows} unlabelled applicants (`user.csv`) of a lender looking for a risk model. "
            + $"{own} are drawn from the applicants of `{source.Name}`, {UserRows - own} from those of `{other.Name}`; "
            + $"`user.labels.csv` holds their true risk grades, by the rule of `{source.Name}`.\n\n"
            + $"source: {source.Name}\n");
        log.WriteLine($"{"user",-28} {UserRows} rows: {own} like {source.Name}, {UserRows - own} like {other.Name}");
    }

    private static string Index(IReadOnlyList<SampleTask> tasks)
    {
        var text = new StringBuilder("# Sample learnware sources: a consumer-credit domain\n\n");
        text.Append("Each task has `NAME.train.csv` (features and `label`), `NAME.features.csv` (features only), `NAME.onnx`, ");
        text.Append("`NAME.semantic.json` and `NAME.README.md`. To make a learnware of one:\n\n");
        text.Append("    learnware spec table --data NAME.features.csv --out NAME.spec.json\n");
        text.Append("    learnware pack --model NAME.onnx --stat NAME.spec.json --semantic NAME.semantic.json --readme NAME.README.md --out NAME.zip\n");
        text.Append("    learnware check NAME.zip\n\n");
        text.Append("`user.csv` is a user's unlabelled data and `user.labels.csv` its true labels; see `user.README.md`.\n\n");
        text.Append("Tasks:\n\n");
        foreach (var task in tasks)
            text.Append($"- `{task.Name}`: {task.Title} ({task.Kind.ToString().ToLowerInvariant()})\n");
        return text.ToString();
    }
}
