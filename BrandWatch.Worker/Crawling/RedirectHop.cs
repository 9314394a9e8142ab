namespace BrandWatch.Worker.Crawling;

/// <summary>One redirect answer on the way to the final page; <see cref="Location"/> is the header as the server sent it.</summary>
public sealed record RedirectHop(string Url, int Status, string Location);
