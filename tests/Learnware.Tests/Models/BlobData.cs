namespace Learnware.Tests.Models;

/// <summary>Labelled Gaussian blobs: row <c>i</c> of <see cref="X"/> was drawn around <c>Centers[Labels[i]]</c>.</summary>
internal sealed record BlobData(float[][] X, int[] Labels, float[][] Centers);
