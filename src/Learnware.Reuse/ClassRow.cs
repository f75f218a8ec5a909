using Microsoft.ML;
using Microsoft.ML.Data;

namespace Learnware.Reuse;

/// <summary>One row for an ML.NET multiclass trainer: features and, when training, a class index 0..A−1.</summary>
internal sealed class ClassRow
{
    public float[] Features { get; set; } = [];

    /// <summary>The class index; turned into a key by <see cref="KeyMap"/>, unused when scoring.</summary>
    public float Label { get; set; }

    /// <summary>The schema with the feature vector's length fixed.</summary>
    public static SchemaDefinition Schema(int dimension)
    {
        var schema = SchemaDefinition.Create(typeof(ClassRow));
        schema[nameof(Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        return schema;
    }

    /// <summary>
    /// The label-to-key mapping of every class in <paramref name="allRows"/>, ordered by value so that score column j
    /// is class j; fitted once on all rows so that a subset missing a class keeps the same columns.
    /// </summary>
    public static ITransformer KeyMap(MLContext ml, IDataView allRows) =>
        ml.Transforms.Conversion
            .MapValueToKey(nameof(Label), keyOrdinality: Microsoft.ML.Transforms.ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Fit(allRows);
}
