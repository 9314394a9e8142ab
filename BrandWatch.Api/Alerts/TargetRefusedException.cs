namespace BrandWatch.Api.Alerts;

/// <summary>A webhook host resolved only to addresses the guard does not allow.</summary>
public sealed class TargetRefusedException : Exception
{
    public TargetRefusedException()
    {
    }

    public TargetRefusedException(string message)
        : base(message)
    {
    }

    public TargetRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
