using System.Text;
using Learnware.Numerics;
using Learnware.Packaging;
using Learnware.Specifications;

namespace Learnware.Samples;

/// <summary>
/// The sample learnwares as packages, ready to submit: every task of every domain (credit, housing, health, energy,
/// retail, manufacturing; classifiers and regressors), each model trained on its own rows and packed with the RKME
/// of those rows, its semantic specification and its readme. A dock seeds its demo market with them.
/// </summary>
public static class SampleLearnwares
{
    /// <summary>How many learnwares <see cref="Build"/> makes.</summary>
    public static int Count => SampleDomain.All.Sum(d => d.Tasks.Count);

    /// <summary>Trains and packs every sample learnware in turn; <paramref name="seed"/> picks the data drawn.</summary>
    public static IEnumerable<SamplePackage> Build(int seed = 0)
    {
        var stream = 0;
        foreach (var domain in SampleDomain.All)
        {
            foreach (var task in domain.Tasks)
            {
                var trained = TrainedSample.Fit(task, seed, stream++);
                var spec = RkmeTableSpecification.FromData(DenseMatrix.FromRows(trained.X), new RkmeOptions { Seed = seed });
                var zip = LearnwarePacker.PackToZip(new PackSources
                {
                    Model = trained.Model.ToOnnx(),
                    StatSpecification = Encoding.UTF8.GetBytes(RkmeJson.Serialize(spec)),
                    SemanticJson = SampleDocuments.Semantic(domain, task),
                    Readme = Encoding.UTF8.GetBytes(SampleDocuments.Readme(domain, task, trained.X.Length, trained.Evaluation)),
                });
                yield return new SamplePackage(task.Name, domain.Name, task.Title, zip);
            }
        }
    }
}

/// <summary>One sample learnware's package.</summary>
/// <param name="Name">The task's file stem, e.g. <c>metro-young-professionals</c>.</param>
/// <param name="Domain">The domain, e.g. <c>credit</c>.</param>
/// <param name="Title">The learnware's name in its semantic specification.</param>
/// <param name="Package">The package zip.</param>
public sealed record SamplePackage(string Name, string Domain, string Title, byte[] Package);
