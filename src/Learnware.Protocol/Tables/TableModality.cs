using Learnware.Numerics;
using Learnware.Protocol.Data;
using Learnware.Protocol.Modalities;

namespace Learnware.Protocol.Tables;

/// <summary>
/// The table part of the protocol on Debian-packaged data: PROBEN1 thyroid (classification), its sources the six
/// patient groups of sex × age band; DELVE census-house (regression), its sources six k-means clusters of districts.
/// </summary>
public sealed class TableModality(PublicDatasets datasets) : IModalityProtocol
{
    // Share of each source that trains its learnware; the rest is held out for the users.
    private const double TrainShare = 0.6;
    private const int Seed = 1;

    // Standardised features are clipped at this many standard deviations before clustering.
    private const double ClipAt = 2.5;

    // A group with fewer rows is no source: too small to train a learnware and hold rows out for users.
    private const int MinimumSourceRows = 60;

    /// <inheritdoc />
    public string Modality => ProtocolModalities.Tables;

    /// <inheritdoc />
    public IReadOnlyList<ProtocolScenario> Scenarios(ProtocolScale scale)
    {
        ArgumentNullException.ThrowIfNull(scale);
        var trainer = new TableLearnwareTrainer();
        var thyroid = Sample(datasets.Thyroid(), scale.MaxRowsPerDataset);
        var census = Sample(datasets.CensusHouse(), scale.MaxRowsPerDataset);
        return
        [
            new ProtocolScenario("thyroid",
                "PROBEN1 thyroid (libfann-doc): 21 features of a patient (age, sex, 13 yes/no findings, 6 lab values), " +
                "3 classes (normal, hyperfunction, subnormal). Sources: sex × age band (under 40, 40 to 60, over 60).",
                ProtocolMetric.Accuracy, 3, Split(thyroid, ThyroidGroup, 6, ["female, <40", "female, 40-60", "female, >60", "male, <40", "male, 40-60", "male, >60"]),
                trainer),
            new ProtocolScenario("census-house",
                "DELVE census-house (house-16H, libfann-doc): 16 census features of a district, target its median house " +
                "price (scaled as shipped). Sources: k-means clusters (k = 6) of the standardised features, clipped at 2.5 standard deviations.",
                ProtocolMetric.Rmse, 0, Split(census, ClusterGroups(census, 6), 6, [.. Enumerable.Range(1, 6).Select(i => $"cluster {i}")]),
                trainer),
        ];
    }

    /// <summary>Age is scaled to [0, 1] as age/100 in the shipped file; sex is 0 or 1.</summary>
    private static int ThyroidGroup(LabelledTable table, int row)
    {
        var x = table.Features.Row(row);
        int band = x[0] < 0.4 ? 0 : x[0] <= 0.6 ? 1 : 2;
        return (x[1] > 0.5 ? 3 : 0) + band;
    }

    private static Func<LabelledTable, int, int> ClusterGroups(LabelledTable table, int k)
    {
        var scaled = Standardised(table.Features);
        var centres = KMeansPlusPlus.Fit(scaled, k, new Random(Seed));
        int d = scaled.Columns;
        var group = new int[table.Rows];
        for (int r = 0; r < table.Rows; r++)
        {
            double best = double.PositiveInfinity;
            for (int c = 0; c < k; c++)
            {
                double distance = 0;
                for (int j = 0; j < d; j++)
                {
                    double delta = scaled.Row(r)[j] - centres[c * d + j];
                    distance += delta * delta;
                }
                if (distance < best)
                {
                    best = distance;
                    group[r] = c;
                }
            }
        }
        // Clusters numbered by size, largest first, so that the names are stable.
        var bySize = Enumerable.Range(0, k).OrderByDescending(c => group.Count(g => g == c)).ToArray();
        var rank = new int[k];
        for (int i = 0; i < k; i++) rank[bySize[i]] = i;
        return (_, row) => rank[group[row]];
    }

    private static DenseMatrix Standardised(DenseMatrix x)
    {
        int n = x.Rows, d = x.Columns;
        var data = (double[])x.Data.Clone();
        for (int j = 0; j < d; j++)
        {
            double mean = 0, square = 0;
            for (int r = 0; r < n; r++) mean += data[r * d + j];
            mean /= n;
            for (int r = 0; r < n; r++) square += (data[r * d + j] - mean) * (data[r * d + j] - mean);
            double sd = Math.Sqrt(square / n);
            // Clipped so that the few extreme districts do not take clusters of their own.
            for (int r = 0; r < n; r++) data[r * d + j] = sd > 0 ? Math.Clamp((data[r * d + j] - mean) / sd, -ClipAt, ClipAt) : 0;
        }
        return new DenseMatrix(data, n, d);
    }

    private static LabelledTable Sample(LabelledTable table, int max)
    {
        if (table.Rows <= max) return table;
        var rows = Enumerable.Range(0, table.Rows).ToArray();
        new Random(Seed).Shuffle(rows);
        return table.Select(rows[..max]);
    }

    private static IReadOnlyList<SourceTask> Split(LabelledTable table, Func<LabelledTable, int, int> groupOf, int groups, string[] names)
    {
        var random = new Random(Seed);
        var members = Enumerable.Range(0, groups).Select(_ => new List<int>()).ToArray();
        for (int r = 0; r < table.Rows; r++) members[groupOf(table, r)].Add(r);
        return [.. members.Select((rows, g) => (rows, g)).Where(m => m.rows.Count >= MinimumSourceRows).Select(m =>
        {
            var (rows, g) = m;
            var shuffled = rows.ToArray();
            random.Shuffle(shuffled);
            int train = (int)(TrainShare * shuffled.Length);
            return new SourceTask(names[g], table.Select(shuffled[..train]), table.Select(shuffled[train..]));
        })];
    }
}
