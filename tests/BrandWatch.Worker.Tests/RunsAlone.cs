namespace BrandWatch.Worker.Tests;

/// <summary>Tests that measure the whole process (its allocations), so no other test of this assembly runs beside them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    public const string Name = "runs alone";
}
