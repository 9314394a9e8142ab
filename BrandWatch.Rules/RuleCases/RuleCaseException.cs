namespace BrandWatch.Rules.RuleCases;

/// <summary>A rule case file that cannot be read: the file, the line when known, and the reason.</summary>
public sealed class RuleCaseException : Exception
{
    public RuleCaseException(string file, int? line, string reason)
        : base(line is { } l ? $"{file}:{l}: {reason}" : $"{file}: {reason}")
    {
        File = file;
        Line = line;
        Reason = reason;
    }

    public RuleCaseException()
        : this("?", null, "invalid rule case")
    {
    }

    public RuleCaseException(string message)
        : this("?", null, message)
    {
    }

    public RuleCaseException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = "?";
        Reason = message;
    }

    public string File { get; } = "?";

    public int? Line { get; }

    public string Reason { get; } = string.Empty;
}
