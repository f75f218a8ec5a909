using Learnware.Numerics;
using Learnware.Protocol.Data;
using Learnware.Reuse;
using Learnware.Specifications;

namespace Learnware.Protocol.Modalities;

/// <summary>How one modality trains learnwares as an uploader would, the users' own models, and the users' specifications.</summary>
public interface ILearnwareTrainer
{
    /// <summary>Trains the source's model, makes its specifications and packs it: the zip an uploader submits.</summary>
    byte[] TrainPackage(SourceTask source, int classCount, int seed);

    /// <summary>The model a user trains alone on their labelled rows.</summary>
    IReuser TrainUserModel(LabelledTable labelled, int classCount, int seed);

    /// <summary>The user's statistical specification of their unlabelled rows, made as the CLI makes it.</summary>
    IStatSpecification UserSpecification(DenseMatrix rows);
}
