using Learnware.Web.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Learnware.Server.Accounts;

/// <summary>Who owns what: the e-mail of each account id a learnware records as its owner.</summary>
public sealed class AccountDirectory(DockIdentityDbContext db) : IAccountCount
{
    /// <summary>How many accounts there are, the admin's included.</summary>
    public Task<int> CountAsync(CancellationToken cancellationToken) => db.Users.CountAsync(cancellationToken);

    /// <summary>The e-mail of each of <paramref name="userIds"/> that still has an account.</summary>
    public async Task<IReadOnlyDictionary<string, string>> EmailsAsync(IEnumerable<string> userIds, CancellationToken cancellationToken)
    {
        var ids = userIds.Distinct(StringComparer.Ordinal).ToArray();
        return await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id) && u.Email != null)
            .ToDictionaryAsync(u => u.Id, u => u.Email!, cancellationToken);
    }
}
