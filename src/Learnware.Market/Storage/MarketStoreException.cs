namespace Learnware.Market.Storage;

/// <summary>The market store refused an operation or cannot open its data; the message says why.</summary>
public class MarketStoreException : Exception
{
    /// <summary>Creates the exception.</summary>
    public MarketStoreException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
