using System.Text;
using Learnware.Models;
using Learnware.Packaging;
using Learnware.Specifications;

namespace Learnware.Reuse;

/// <summary>A learnware ready to reuse: its id, its model, its statistical specification, its kind, class count and input shape.</summary>
/// <remarks>Disposing it releases the model when the learnware owns it (those made by <see cref="Open"/> do).</remarks>
public sealed class ReusableLearnware : IDisposable
{
    private readonly IDisposable? _owned;

    /// <summary>Wraps any model.</summary>
    /// <param name="id">A name for messages and reports.</param>
    /// <param name="model">The model.</param>
    /// <param name="specification">Its statistical specification; the job selector needs it, the other reusers do not.</param>
    /// <param name="kind">Classifier, regressor or feature extractor.</param>
    /// <param name="classCount">Number of classes of a classifier (0 for the other kinds).</param>
    /// <param name="inputShape">The model's per-sample input shape; by default the specification's point shape, or
    /// flat rows when there is no specification.</param>
    public ReusableLearnware(string id, ILearnwareModel model, IStatSpecification? specification, ModelKind kind,
        int classCount, IReadOnlyList<int>? inputShape = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(model);
        if (kind == ModelKind.Classifier)
            ArgumentOutOfRangeException.ThrowIfLessThan(classCount, 1);
        Id = id;
        Model = model;
        Specification = specification;
        Kind = kind;
        ClassCount = kind == ModelKind.Classifier ? classCount : 0;
        InputShape = inputShape?.ToArray() ?? specification?.PointShape;
    }

    /// <summary>Wraps a packaged model; kind and class count come from it. The predictor stays the caller's to dispose.</summary>
    public ReusableLearnware(string id, LearnwarePredictor predictor, IStatSpecification? specification)
        : this(id, new PredictorModel(Require(predictor)), specification, predictor.Spec.Kind, predictor.ClassCount,
            predictor.Spec.Input.Shape)
    {
    }

    private ReusableLearnware(string id, PredictorModel model, LearnwarePredictor predictor, IStatSpecification? specification)
        : this(id, model, specification, predictor.Spec.Kind, predictor.ClassCount, predictor.Spec.Input.Shape) => _owned = model;

    /// <summary>A name for messages and reports.</summary>
    public string Id { get; }

    /// <summary>The model.</summary>
    public ILearnwareModel Model { get; }

    /// <summary>The statistical specification, or null when the learnware has none.</summary>
    public IStatSpecification? Specification { get; }

    /// <summary>The model's per-sample input shape, or null when unknown (flat rows).</summary>
    public IReadOnlyList<int>? InputShape { get; }

    /// <summary>Classifier, regressor or feature extractor.</summary>
    public ModelKind Kind { get; }

    /// <summary>Number of classes of a classifier; 0 for the other kinds.</summary>
    public int ClassCount { get; }

    /// <summary>
    /// Reads the package at <paramref name="packagePath"/>, loads its model and its first statistical specification of a known kind;
    /// the id is the file name without extension unless given.
    /// </summary>
    public static ReusableLearnware Open(string packagePath, string? id = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(packagePath);
        var package = new LearnwarePackageReader().Read(packagePath);
        return FromPackage(package, id ?? Path.GetFileNameWithoutExtension(packagePath));
    }

    /// <summary>Loads the model and first statistical specification of a known kind of a package that is already read.</summary>
    public static ReusableLearnware FromPackage(LearnwarePackage package, string id)
    {
        ArgumentNullException.ThrowIfNull(package);
        var reference = package.Manifest.StatSpecifications.FirstOrDefault(s => StatSpecificationJson.IsKnown(s.Type));
        var specification = reference is null
            ? null
            : StatSpecificationJson.Parse(Encoding.UTF8.GetBytes(package.StatSpecificationJson(reference.File)));
        var predictor = LearnwarePredictor.Open(package);
        return new ReusableLearnware(id, new PredictorModel(predictor), predictor, specification);
    }

    /// <summary>Releases the model if this learnware owns it.</summary>
    public void Dispose() => _owned?.Dispose();

    private static LearnwarePredictor Require(LearnwarePredictor predictor)
    {
        ArgumentNullException.ThrowIfNull(predictor);
        return predictor;
    }
}
