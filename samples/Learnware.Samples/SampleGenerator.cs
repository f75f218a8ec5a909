using System.Globalization;
using System.Text;
using Learnware.MLNet;
using Learnware.Numerics;
using Learnware.Tables;

namespace Learnware.Samples;

/// <summary>Writes the source material of the credit domain's learnwares, and a user's data set to search with.</summary>
internal static class SampleGenerator
{
    private const int TrainingRows = 2000, HeldOutRows = 500, UserRows = 500;

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
            var rng = new Random(Seed(seed, t));
            var x = task.Population.Sample(TrainingRows + HeldOutRows, rng);
            var scores = x.Select(row => task.Target(row) + task.Noise * StandardNormal.Sample(rng)).ToArray();
            string evaluation;
            double[] y;
            MlNetModel model;
            var train = ToFloat(x[..TrainingRows]);
            var heldOut = ToFloat(x[TrainingRows..]);
            if (task.Kind == TaskKind.Classification)
            {
                var g = grades[task] = RiskGrades.Fit(scores[..TrainingRows]);
                var labels = scores.Select(g.Grade).ToArray();
                y = [.. labels.Select(l => (double)l)];
                model = SampleModel.FitClassifier(train, labels[..TrainingRows], task.Trainer);
                var predicted = model.PredictLabels(heldOut);
                double accuracy = predicted.Where((p, i) => p == labels[TrainingRows + i]).Count() / (double)HeldOutRows;
                evaluation = Invariant($"accuracy {accuracy:F3} on {HeldOutRows} rows from the same applicants");
            }
            else
            {
                // Credit limits are quoted to a hundred dollars and never below a thousand.
                y = [.. scores.Select(s => Math.Round(Math.Max(1, s), 1))];
                model = SampleModel.FitRegressor(train, [.. y[..TrainingRows].Select(v => (float)v)], task.Trainer);
                var predicted = model.PredictValues(heldOut);
                var errors = predicted.Select((p, i) => p - y[TrainingRows + i]).ToArray();
                double rmse = Math.Sqrt(errors.Average(e => e * e)), mae = errors.Average(e => Math.Abs(e));
                evaluation = Invariant($"RMSE {rmse:F2}, MAE {mae:F2} (thousand dollars) on {HeldOutRows} rows from the same applicants");
            }
            Write(directory, task, x[..TrainingRows], y[..TrainingRows], model, evaluation);
            log.WriteLine($"{task.Name,-28} {task.Kind.ToString().ToLowerInvariant(),-14} {task.Trainer,-14} {evaluation}");
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
        File.WriteAllText(Path(".semantic.json"), SampleDocuments.Semantic(task));
        File.WriteAllText(Path(".README.md"), SampleDocuments.Readme(task, x.Length, evaluation));
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
        var rng = new Random(Seed(seed, tasks.Count));
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

    /// <summary>A stream per task, so adding rows to one task does not change another's.</summary>
    private static int Seed(int seed, int stream) => unchecked(seed * 7919 + stream * 104_729 + 17);

    private static float[][] ToFloat(double[][] x) => [.. x.Select(row => row.Select(v => (float)v).ToArray())];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
