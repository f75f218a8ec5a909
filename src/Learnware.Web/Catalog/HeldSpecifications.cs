using System.Security.Cryptography;
using Learnware.Specifications;
using Microsoft.Extensions.Caching.Memory;

namespace Learnware.Web.Catalog;

/// <summary>
/// Specifications uploaded to the search page, held for a while under the hash of their JSON so that the search's
/// address can name one (<c>/search?spec=…</c>) and its pages and links work without uploading it again.
/// </summary>
public sealed class HeldSpecifications : IDisposable
{
    /// <summary>The most bytes of specification JSON held at once; the least recently used go first.</summary>
    public const long MaxHeldBytes = 256L * 1024 * 1024;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = MaxHeldBytes });

    /// <summary>How long a specification is held after its last use.</summary>
    public static readonly TimeSpan HoldFor = TimeSpan.FromHours(2);

    /// <summary>The largest specification file taken, as the search API takes.</summary>
    public const int MaxBytes = 16 * 1024 * 1024;

    /// <summary>Parses a specification of any known kind and holds it; its key is the first 32 hex digits of its SHA-256.</summary>
    /// <exception cref="SpecificationException">The JSON is not a specification this dock reads.</exception>
    public string Hold(byte[] json)
    {
        var spec = StatSpecificationJson.Parse(json);
        var key = Convert.ToHexStringLower(SHA256.HashData(json))[..32];
        _cache.Set(CacheKey(key), spec, new MemoryCacheEntryOptions { SlidingExpiration = HoldFor, Size = json.Length });
        return key;
    }

    /// <summary>The specification held under <paramref name="key"/>, or null when none is (any more).</summary>
    public IStatSpecification? Find(string key) => _cache.TryGetValue(CacheKey(key), out IStatSpecification? spec) ? spec : null;

    public void Dispose() => _cache.Dispose();

    private static string CacheKey(string key) => "search-spec:" + key;
}
