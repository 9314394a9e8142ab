namespace BrandWatch.Rules.Scoring.Configuration;

/// <summary>A rule configuration that cannot be used: <see cref="Path"/> is the JSON path of the bad key.</summary>
public sealed class RuleConfigException : Exception
{
    public RuleConfigException(string path, string problem)
        : base($"{path}: {problem}")
    {
        Path = path;
        Problem = problem;
    }

    public RuleConfigException()
        : this("$", "invalid rule configuration")
    {
    }

    public RuleConfigException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = "$";
        Problem = message;
    }

    public RuleConfigException(string message)
        : this("$", message)
    {
    }

    public string Path { get; } = "$";

    public string Problem { get; } = string.Empty;
}
