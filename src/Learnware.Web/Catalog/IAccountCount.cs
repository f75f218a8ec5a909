namespace Learnware.Web.Catalog;

/// <summary>How many accounts the dock has: the pages count users without knowing how accounts are kept.</summary>
public interface IAccountCount
{
    Task<int> CountAsync(CancellationToken cancellationToken);
}
