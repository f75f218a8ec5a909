using System.Globalization;
using System.IO.Compression;
using Learnware.Numerics;

namespace Learnware.Protocol.Data;

/// <summary>
/// The public data sets of the protocol, as Debian packages install them (scripts/install-datasets.sh):
/// PROBEN1 thyroid and DELVE census-house from libfann-doc, and the 8×8 handwritten digits from python3-sklearn.
/// </summary>
/// <param name="FannFolder">Folder of the FANN files.</param>
/// <param name="DigitsFile">The digits CSV (gzip): 64 pixel counts 0..16 and the digit, per line.</param>
/// <param name="FashionMnistFolder">Fashion-MNIST's IDX files (Debian's <c>dataset-fashion-mnist</c>).</param>
/// <param name="FortunesFolder">The fortune category files (Debian's <c>fortunes</c>).</param>
public sealed record PublicDatasets(string FannFolder, string DigitsFile, string FashionMnistFolder = PublicDatasets.DebianFashionMnist,
    string FortunesFolder = PublicDatasets.DebianFortunes)
{
    /// <summary>Where <c>dataset-fashion-mnist</c> installs its files.</summary>
    public const string DebianFashionMnist = "/usr/share/datasets/fashion-mnist";

    /// <summary>Where <c>fortunes</c> installs its category files.</summary>
    public const string DebianFortunes = "/usr/share/games/fortunes";

    /// <summary>Where the install script puts them; <c>LEARNWARE_DATASETS</c> moves the digits folder.</summary>
    public static PublicDatasets Installed(string? datasetsFolder = null) => new(
        "/usr/share/doc/libfann-dev/examples/datasets",
        Path.Combine(datasetsFolder ?? "/usr/local/share/learnware-dock/datasets", "digits.csv.gz"));

    /// <summary>True when every file is present.</summary>
    public bool Available =>
        File.Exists(Path.Combine(FannFolder, "thyroid.train")) && File.Exists(Path.Combine(FannFolder, "census-house.train"))
        && File.Exists(DigitsFile) && File.Exists(FashionMnistFile(FashionMnistTrainImages)) && File.Exists(Path.Combine(FortunesFolder, "computers"));

    /// <summary>Fashion-MNIST's training images, as Debian names the file.</summary>
    public const string FashionMnistTrainImages = "train-images-idx3-ubyte.gz";

    /// <summary>The path of one of Fashion-MNIST's files.</summary>
    public string FashionMnistFile(string name) => Path.Combine(FashionMnistFolder, name);

    /// <summary>
    /// PROBEN1 thyroid: 7,200 patients, 21 features (age, sex, 13 yes/no findings, 6 lab values), three classes
    /// (0 normal, 1 hyperfunction, 2 subnormal), train and test files together.
    /// </summary>
    public LabelledTable Thyroid() => Fann("thyroid", oneHotOutputs: true);

    /// <summary>DELVE census-house (house-16H): 22,784 districts, 16 census features, the median house price (scaled).</summary>
    public LabelledTable CensusHouse() => Fann("census-house", oneHotOutputs: false);

    /// <summary>The 1,797 handwritten digits: 64 pixel counts (0..16) and the digit 0..9.</summary>
    public LabelledTable Digits()
    {
        if (!File.Exists(DigitsFile))
            throw new DatasetException($"{DigitsFile}: not found (scripts/install-datasets.sh installs it)");
        using var reader = new StreamReader(new GZipStream(File.OpenRead(DigitsFile), CompressionMode.Decompress));
        var features = new List<double>();
        var labels = new List<double>();
        int line = 0;
        for (string? text = reader.ReadLine(); text is not null; text = reader.ReadLine())
        {
            line++;
            if (text.Length == 0) continue;
            var cells = text.Split(',');
            if (cells.Length != 65)
                throw new DatasetException($"{DigitsFile}: line {line} has {cells.Length} cells, not 64 pixels and a label");
            foreach (var cell in cells)
                if (!double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                    throw new DatasetException($"{DigitsFile}: line {line} holds '{cell}', not a number");
            features.AddRange(cells[..64].Select(c => double.Parse(c, CultureInfo.InvariantCulture)));
            labels.Add(double.Parse(cells[64], CultureInfo.InvariantCulture));
        }
        return new LabelledTable(new DenseMatrix([.. features], labels.Count, 64), [.. labels]);
    }

    private LabelledTable Fann(string name, bool oneHotOutputs)
    {
        var parts = new[] { "train", "test" }.Select(part => FannDataReader.Read(Path.Combine(FannFolder, $"{name}.{part}"))).ToList();
        var tables = parts.Select(p => new LabelledTable(p.Inputs, oneHotOutputs
            ? [.. Enumerable.Range(0, p.Outputs.Rows).Select(r => (double)OneHotClass(p.Outputs.Row(r), name, r))]
            : [.. Enumerable.Range(0, p.Outputs.Rows).Select(r => p.Outputs.Row(r)[0])]));
        return LabelledTable.Concat(tables);
    }

    private static int OneHotClass(ReadOnlySpan<double> outputs, string name, int row)
    {
        int hot = outputs.IndexOf(1.0);
        if (hot < 0 || outputs.Count(1.0) != 1 || outputs.Count(0.0) != outputs.Length - 1)
            throw new DatasetException($"{name}: row {row + 1}'s outputs are not one-hot");
        return hot;
    }
}
