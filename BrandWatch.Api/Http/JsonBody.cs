using System.Text;
using System.Text.Json;
using BrandWatch.Rules.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BrandWatch.Api.Http;

/// <summary>
/// Reads a JSON request body strictly and turns every way it can be wrong (content type, size, syntax, unknown or
/// missing fields, over-long strings) into a problem that names the field — never an exception, never a 500.
/// </summary>
public static class JsonBody
{
    public static async Task<JsonBodyResult<T>> ReadAsync<T>(HttpRequest request, long maxBytes, int maxStringLength, CancellationToken cancellationToken)
        where T : class
    {
        var (raw, problem) = await ReadBytesAsync(request, maxBytes, cancellationToken);
        if (problem is not null)
        {
            return Fail<T>(problem);
        }

        return Parse<T>(raw, maxStringLength);
    }

    /// <summary>
    /// The same strict reading of bytes already in hand (one item of a batch): syntax, string lengths, unknown or
    /// missing fields, each a problem naming the field.
    /// </summary>
    public static JsonBodyResult<T> Parse<T>(byte[] raw, int maxStringLength)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(raw);
        if (raw.Length == 0)
        {
            return Fail<T>(Problems.Problems.Validation("body", "a JSON body is required"));
        }

        var scan = Scan(raw, maxStringLength);
        if (scan is not null)
        {
            return Fail<T>(scan);
        }

        var value = StrictJson.Deserialize<T>(raw, ApiJson.Strict, out var error);
        return error is not null ? Fail<T>(Describe(error))
            : value is null ? Fail<T>(Problems.Problems.Validation("body", "expected a JSON object, found null"))
            : new JsonBodyResult<T>(value, raw, null);
    }

    /// <summary>The body's bytes when it is JSON by its content type and at most <paramref name="maxBytes"/> long; otherwise the problem.</summary>
    public static async Task<(byte[] Raw, ProblemHttpResult? Problem)> ReadBytesAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.HasJsonContentType())
        {
            return ([], Problems.Problems.UnsupportedMediaType(request.ContentType));
        }

        if (request.ContentLength > maxBytes)
        {
            return ([], Problems.Problems.PayloadTooLarge(maxBytes));
        }

        var raw = await ReadLimitedAsync(request.Body, maxBytes, cancellationToken);
        return raw is null ? ([], Problems.Problems.PayloadTooLarge(maxBytes)) : (raw, null);
    }

    private static JsonBodyResult<T> Fail<T>(ProblemHttpResult problem)
        where T : class => new(null, [], problem);

    /// <summary>Reads at most <paramref name="maxBytes"/>; null when the body is longer.</summary>
    private static async Task<byte[]?> ReadLimitedAsync(Stream body, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>Checks the syntax and the length of every string, naming the path of the first offender.</summary>
    private static ProblemHttpResult? Scan(byte[] raw, int maxStringLength)
    {
        var reader = new Utf8JsonReader(raw, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 64 });
        var path = new List<PathPart>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        if (path.Count > 0)
                        {
                            path[^1] = path[^1] with { Property = reader.GetString() };
                        }

                        continue;
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        Advance(path);
                        path.Add(new PathPart(reader.TokenType == JsonTokenType.StartArray, null, -1));
                        continue;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        path.RemoveAt(path.Count - 1);
                        Consumed(path);
                        continue;
                    case JsonTokenType.String:
                        Advance(path);
                        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
                        if (length > maxStringLength && reader.GetString()!.Length > maxStringLength)
                        {
                            return Problems.Problems.Validation(Render(path), $"is longer than {maxStringLength} characters");
                        }

                        Consumed(path);
                        continue;
                    default:
                        Advance(path);
                        Consumed(path);
                        continue;
                }
            }
        }
        catch (JsonException ex)
        {
            var where = Render(path);
            return Problems.Problems.MalformedJson(where.Length == 0 ? "body" : where,
                $"malformed JSON at line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1}");
        }

        return null;
    }

    /// <summary>After a member's value, the path no longer names that member.</summary>
    private static void Consumed(List<PathPart> path)
    {
        if (path.Count > 0 && !path[^1].IsArray)
        {
            path[^1] = path[^1] with { Property = null };
        }
    }

    private static void Advance(List<PathPart> path)
    {
        if (path.Count > 0 && path[^1].IsArray)
        {
            path[^1] = path[^1] with { Index = path[^1].Index + 1 };
        }
    }

    private static string Render(List<PathPart> path)
    {
        var text = new StringBuilder();
        foreach (var part in path)
        {
            if (part.IsArray)
            {
                if (part.Index >= 0)
                {
                    text.Append('[').Append(part.Index).Append(']');
                }
            }
            else if (part.Property is not null)
            {
                if (text.Length > 0)
                {
                    text.Append('.');
                }

                text.Append(part.Property);
            }
        }

        return text.ToString();
    }

    /// <summary>The shared strict-JSON error as a problem naming the field (<c>evidence.dns.ttl</c>, or <c>body</c>).</summary>
    private static ProblemHttpResult Describe(StrictJsonError error)
    {
        var field = error.RelativePath.Length == 0 ? "body" : error.RelativePath;
        return error.Problem switch
        {
            StrictJsonProblem.UnknownKey => Problems.Problems.Validation(field, "is not a known field"),
            StrictJsonProblem.MissingKey => Problems.Problems.Validation(error.Missing.ToDictionary(StrictJson.Relative, _ => new[] { "is required" })),
            StrictJsonProblem.WrongType => Problems.Problems.Validation(field, $"has a value of the wrong type or format: {error.Detail}"),
            _ => Problems.Problems.Validation(field, "has a value of the wrong type or format"),
        };
    }

    private readonly record struct PathPart(bool IsArray, string? Property, int Index);
}
