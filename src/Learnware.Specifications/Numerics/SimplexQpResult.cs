namespace Learnware.Numerics;

/// <summary>Outcome of <see cref="SimplexQpSolver.Solve"/>.</summary>
/// <param name="Objective">½ xᵀQx − cᵀx at the returned x.</param>
/// <param name="KktResidual">Largest violation of the optimality conditions (see <see cref="SimplexQpSolver.KktResidual"/>).</param>
/// <param name="Iterations">Active-set changes made.</param>
public readonly record struct SimplexQpResult(double Objective, double KktResidual, int Iterations);
