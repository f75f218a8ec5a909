namespace Learnware.Protocol.Data;

/// <summary>A data set file is missing or malformed; the message names the file, the place and the reason.</summary>
public sealed class DatasetException(string message) : Exception(message);
