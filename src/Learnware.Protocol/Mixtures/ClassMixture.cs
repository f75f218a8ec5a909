using System.Globalization;

namespace Learnware.Protocol.Mixtures;

/// <summary>A class distribution: which classes a learnware's training rows or a user's rows hold, in which shares.</summary>
/// <param name="Classes">The classes, distinct.</param>
/// <param name="Shares">The share of each class, summing to 1.</param>
public sealed record ClassMixture(IReadOnlyList<int> Classes, IReadOnlyList<double> Shares)
{
    /// <summary>The share of <paramref name="label"/> (0 when the mixture does not hold it).</summary>
    public double ShareOf(int label)
    {
        for (int i = 0; i < Classes.Count; i++)
            if (Classes[i] == label) return Shares[i];
        return 0;
    }

    /// <summary>The classes with the largest share: a learnware's 0.4 classes, a user's 0.3 ones.</summary>
    public IReadOnlyList<int> Dominant => [.. Classes.Where((_, i) => Shares[i] == Shares.Max())];

    /// <summary>The overlap of two distributions: the sum over classes of the products of their shares.</summary>
    public double Overlap(ClassMixture other) => Classes.Select((c, i) => Shares[i] * other.ShareOf(c)).Sum();

    /// <summary>
    /// As many classes as <paramref name="shares"/>, drawn at random (distinct) from <paramref name="classCount"/>, taking
    /// those shares in order.
    /// </summary>
    public static ClassMixture Random(int classCount, IReadOnlyList<double> shares, Random random)
    {
        ArgumentNullException.ThrowIfNull(shares);
        ArgumentNullException.ThrowIfNull(random);
        var classes = Enumerable.Range(0, classCount).ToArray();
        random.Shuffle(classes);
        return new ClassMixture(classes[..shares.Count], shares);
    }

    /// <summary>"Trouser 40 %, Bag 40 %, Coat 10 %, Shirt 10 %".</summary>
    public string Describe(IReadOnlyList<string> names) =>
        string.Join(", ", Classes.Select((c, i) => string.Create(CultureInfo.InvariantCulture, $"{names[c]} {Shares[i]:P0}")));

    /// <summary>"Trouser/Bag (+Coat, Shirt)": the dominant classes, then the others.</summary>
    public string ShortName(IReadOnlyList<string> names)
    {
        var dominant = Dominant;
        var others = Classes.Where(c => !dominant.Contains(c)).ToArray();
        string main = string.Join("/", dominant.Select(c => names[c]));
        return others.Length == 0 ? main : $"{main} (+{string.Join(", ", others.Select(c => names[c]))})";
    }
}
