using System.Collections;

namespace Learnware.Reuse;

/// <summary>Learnwares opened together; disposing the set disposes every one of them.</summary>
public sealed class LearnwareSet : IReadOnlyList<ReusableLearnware>, IDisposable
{
    private readonly ReusableLearnware[] _learnwares;

    /// <summary>Takes ownership of <paramref name="learnwares"/>.</summary>
    public LearnwareSet(IEnumerable<ReusableLearnware> learnwares)
    {
        ArgumentNullException.ThrowIfNull(learnwares);
        _learnwares = [.. learnwares];
    }

    /// <inheritdoc />
    public ReusableLearnware this[int index] => _learnwares[index];

    /// <inheritdoc />
    public int Count => _learnwares.Length;

    /// <summary>Opens every package in order; if one fails, those already opened are disposed and the error is rethrown.</summary>
    public static LearnwareSet Open(IEnumerable<string> packagePaths)
    {
        ArgumentNullException.ThrowIfNull(packagePaths);
        var opened = new List<ReusableLearnware>();
        try
        {
            foreach (var path in packagePaths)
                opened.Add(ReusableLearnware.Open(path));
            return new LearnwareSet(opened);
        }
        catch
        {
            foreach (var learnware in opened)
                learnware.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public IEnumerator<ReusableLearnware> GetEnumerator() => ((IEnumerable<ReusableLearnware>)_learnwares).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Disposes every learnware of the set.</summary>
    public void Dispose()
    {
        foreach (var learnware in _learnwares)
            learnware.Dispose();
    }
}
