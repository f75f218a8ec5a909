namespace Learnware.Client;

/// <summary>The dock's readiness: <c>healthy</c> when its database answers and its verification queue runs.</summary>
public sealed record DockHealth(string Status, bool Database, bool Queue)
{
    public bool Healthy => Status == "healthy";
}
