namespace BrandWatch.Rules.Cases;

/// <summary>The sizes of <c>POST /api/cases/batch</c> that the Api, the Worker and the bench agree on.</summary>
public static class FilingBatches
{
    /// <summary>The most filings one batch request may hold.</summary>
    public const int MaxItems = 500;

    /// <summary>How many filings the Worker gathers into one request by default (and the bench's default <c>--batch</c>).</summary>
    public const int DefaultSize = 100;
}
