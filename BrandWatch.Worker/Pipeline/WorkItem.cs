namespace BrandWatch.Worker.Pipeline;

/// <summary>One (domain, mark) case on its way through the stages.</summary>
internal sealed record WorkItem(long Id, string Domain, string Mark, string PortfolioVersion, string Origin, WorkStage Stage, WorkState State, int Attempts);
