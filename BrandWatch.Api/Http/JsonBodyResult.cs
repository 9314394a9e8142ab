using Microsoft.AspNetCore.Http.HttpResults;

namespace BrandWatch.Api.Http;

/// <summary>Either the parsed body with its raw bytes, or the problem to answer.</summary>
public sealed record JsonBodyResult<T>(T? Value, byte[] Raw, ProblemHttpResult? Problem)
    where T : class;
