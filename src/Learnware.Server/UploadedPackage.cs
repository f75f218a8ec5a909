namespace Learnware.Server;

/// <summary>Reads the package of an upload: a multipart form whose field <c>package</c> is the zip.</summary>
internal static class UploadedPackage
{
    public const string Field = "package";

    /// <summary>The package's bytes.</summary>
    /// <exception cref="DockRequestException">Not a multipart form (415), no package field or an empty one (400), too large (413).</exception>
    public static async Task<byte[]> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
            throw new DockRequestException(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                $"upload the package as multipart/form-data with a file field '{Field}'");
        if (request.ContentLength > maxBytes)
            throw TooLarge(maxBytes);
        var form = await request.ReadFormAsync(cancellationToken);
        var file = form.Files.GetFile(Field)
            ?? throw DockRequestException.BadRequest($"the form has no file field '{Field}'");
        if (file.Length == 0)
            throw DockRequestException.BadRequest($"the file in '{Field}' is empty");
        if (file.Length > maxBytes)
            throw TooLarge(maxBytes);
        var bytes = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
            await stream.ReadExactlyAsync(bytes, cancellationToken);
        return bytes;
    }

    private static DockRequestException TooLarge(long maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, "Package too large", $"a package may have at most {maxBytes} bytes");
}
