using System.Text.Json;
using System.Text.Json.Serialization;
using BrandWatch.Rules.Json;

namespace BrandWatch.Rules.Tests.Json;

public sealed class StrictJsonTests
{
    private static readonly JsonSerializerOptions Options = StrictJson.CreateOptions();

    [Fact]
    public void TypeError_NamesPathLineExpectedAndFound()
    {
        var error = Fail("{\n  \"name\": \"a\",\n  \"weights\": { \"A1\": \"high\" }\n}");

        Assert.Equal(StrictJsonProblem.WrongType, error.Problem);
        Assert.Equal("$.weights.A1", error.Path);
        Assert.Equal(3, error.Line);
        Assert.Equal("a number", error.Expected);
        Assert.Equal("the string \"high\"", error.Found);
        Assert.Equal("$.weights.A1: expected a number, found the string \"high\"", error.ToString());
        Assert.Equal("weights.A1", error.RelativePath);
    }

    [Theory]
    [InlineData("{\"name\":\"a\",\"count\":0.5}", "$.count", "an integer", "the number 0.5")]
    [InlineData("{\"name\":\"a\",\"tags\":3}", "$.tags", "an array of strings", "the number 3")]
    [InlineData("{\"name\":\"a\",\"tags\":[\"x\", true]}", "$.tags[1]", "a string", "the boolean true")]
    [InlineData("{\"name\":\"a\",\"child\":\"x\"}", "$.child", "an object", "the string \"x\"")]
    [InlineData("{\"name\":null}", "$.name", "a string", "null")]
    [InlineData("{\"name\":\"a\",\"colour\":\"bright-red\"}", "$.colour", "one of bright-red, dark-blue", null)]
    [InlineData("{\"name\":\"a\",\"colour\":\"green\"}", "$.colour", "one of bright-red, dark-blue", "the string \"green\"")]
    [InlineData("{\"name\":\"a\",\"colour\":1}", "$.colour", "one of bright-red, dark-blue", "the number 1")]
    [InlineData("{\"name\":\"a\",\"count\":\"5\"}", "$.count", "an integer", "the string \"5\"")]
    [InlineData("{\"name\":\"a\",\"on\":\"2024-13-01\"}", "$.on", "a date written yyyy-MM-dd", "the string \"2024-13-01\"")]
    [InlineData("[1]", "$", "an object", "an array")]
    [InlineData("{\"name\":\"a\",\"count\":\"\\ud800\"}", "$.count", "an integer", "the string \"\\ud800\"")]
    public void TypeError_SaysWhatWasExpectedAndFound(string json, string path, string expected, string? found)
    {
        if (found is null)
        {
            Assert.NotNull(StrictJson.Deserialize<Document>(json, Options, out var none));
            Assert.Null(none);
            return;
        }

        var error = Fail(json);

        Assert.Equal((StrictJsonProblem.WrongType, path, expected, found), (error.Problem, error.Path, error.Expected, error.Found));
    }

    [Fact]
    public void UnknownKey_NamesItsPathAndLineAndTheKeysTheObjectHas()
    {
        var error = Fail("{\"name\":\"a\",\n\"child\": {\n  \"size\": 1,\n  \"sise\": 2 }}");

        Assert.Equal(StrictJsonProblem.UnknownKey, error.Problem);
        Assert.Equal("$.child.sise", error.Path);
        Assert.Equal(4, error.Line);
        Assert.Equal("unknown key; expected one of size, label", error.Detail);
    }

    [Fact]
    public void UnknownKey_IsCaseSensitive()
    {
        var error = Fail("{\"Name\":\"a\"}");

        Assert.Equal((StrictJsonProblem.UnknownKey, "$.Name"), (error.Problem, error.Path));
    }

    [Fact]
    public void MissingRequiredKeys_NameEveryPathAndWhatIsExpected()
    {
        var error = Fail("{\"name\":\"a\",\n\"child\": { \"label\": \"x\" },\n\"pair\": {}}");

        Assert.Equal(StrictJsonProblem.MissingKey, error.Problem);
        Assert.Equal("$.child.size", error.Path);
        Assert.Equal("is required", error.Detail);
        Assert.Equal("an integer", error.Expected);
        Assert.Equal(2, error.Line);
        Assert.Equal(["$.child.size"], error.Missing);
    }

    [Fact]
    public void MissingRequiredKeys_AllOfThemAreListed()
    {
        var error = Fail("{\"name\":\"a\",\"pair\":{}}");

        Assert.Equal(["$.pair.left", "$.pair.right"], error.Missing);
        Assert.Equal(["pair.left", "pair.right"], error.Missing.Select(StrictJson.Relative));
    }

    [Theory]
    [InlineData("{\"name\":\"a\"}\n}", 2)]
    [InlineData("{\"name\":\"a\"} x", 1)]
    [InlineData("{\"name\":\n\"a\",}", 2)]
    [InlineData("{\"name\":\"a\" /* note */}", 1)]
    [InlineData("", 1)]
    public void TrailingGarbageAndSyntaxErrors_AreMalformedWithTheirLine(string json, int line)
    {
        var error = Fail(json);

        Assert.Equal(StrictJsonProblem.Malformed, error.Problem);
        Assert.Equal(line, error.Line);
        Assert.StartsWith($"malformed JSON at line {line}: ", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void SyntaxErrorAfterATypeError_IsReportedFirst()
    {
        var error = Fail("{\"name\":\"a\",\"count\":\"x\",\n\"tags\": [,]}");

        Assert.Equal((StrictJsonProblem.Malformed, 2), (error.Problem, error.Line));
    }

    [Fact]
    public void CommentsAndTrailingCommas_OnlyWhenAsked()
    {
        var relaxed = StrictJson.CreateOptions(commentsAndTrailingCommas: true);

        var document = StrictJson.Deserialize<Document>("{\"name\":\"a\", // the name\n \"tags\": [\"x\",],}", relaxed, out var error);

        Assert.Null(error);
        Assert.Equal(["x"], document!.Tags);
    }

    [Fact]
    public void NullIsAbsent_LetsANullStandForAMissingValue()
    {
        var lenient = StrictJson.CreateOptions(nullIsAbsent: true);

        var document = StrictJson.Deserialize<Document>("{\"name\":\"a\",\"aliases\":null}", lenient, out var error);

        Assert.Null(error);
        Assert.Null(document!.Aliases);
        var strict = Fail("{\"name\":\"a\",\"aliases\":null}");
        Assert.Equal((StrictJsonProblem.WrongType, "$.aliases", "an array of strings", "null"), (strict.Problem, strict.Path, strict.Expected, strict.Found));
    }

    [Fact]
    public void BasedOn_KeepsTheNamingAndNameCaseButMakesReadingStrict()
    {
        var options = StrictJson.CreateOptions(new JsonSerializerOptions(JsonSerializerDefaults.Web));

        Assert.True(options.PropertyNameCaseInsensitive); // the Api's web settings have always matched names without regard to case
        Assert.False(StrictJson.CreateOptions().PropertyNameCaseInsensitive);
        Assert.Equal(JsonNumberHandling.Strict, options.NumberHandling);
        Assert.Equal(JsonUnmappedMemberHandling.Disallow, options.UnmappedMemberHandling);
        Assert.Same(JsonNamingPolicy.CamelCase, options.PropertyNamingPolicy);
    }

    [Fact]
    public void Describe_KeyWithADot_IsQuotedInThePath()
    {
        var error = Fail("{\"name\":\"a\",\"weights\":{\"a.b\":\"x\"}}");

        Assert.Equal("$.weights['a.b']", error.Path);
        Assert.Equal("a number", error.Expected);
    }

    [Fact]
    public void LineOf_CountsNewlinesBeforeTheOffsetOrToken()
    {
        Assert.Equal(3, StrictJson.LineOf("a\nb\nc"u8, 4));
        Assert.Equal(2, StrictJson.LineOf("{\n\"x\": 1}", "\"x\""));
        Assert.Null(StrictJson.LineOf("{}", "\"x\""));
    }

    private static StrictJsonError Fail(string json)
    {
        var document = StrictJson.Deserialize<Document>(json, Options, out var error);

        Assert.Null(document);
        return Assert.IsType<StrictJsonError>(error);
    }

    public enum Colour
    {
        BrightRed,
        DarkBlue,
    }

    public sealed class Document
    {
        public required string Name { get; init; }

        public int? Count { get; init; }

        public List<string>? Tags { get; init; }

        public List<string> Aliases { get; init; } = [];

        public Dictionary<string, double>? Weights { get; init; }

        public Child? Child { get; init; }

        public Pair? Pair { get; init; }

        public Colour? Colour { get; init; }

        public DateOnly? On { get; init; }
    }

    public sealed class Child
    {
        public required int Size { get; init; }

        public string? Label { get; init; }
    }

    public sealed record Pair(int Left, int Right);
}
