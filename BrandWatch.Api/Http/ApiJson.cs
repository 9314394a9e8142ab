using System.Text.Json;
using System.Text.Json.Serialization;
using BrandWatch.Rules.Cases;

namespace BrandWatch.Api.Http;

/// <summary>JSON settings of the Api: the shared contract settings, made strict for reading requests.</summary>
public static class ApiJson
{
    /// <summary>For request bodies: unknown fields, nulls in non-nullable members and numeric enums are errors.</summary>
    public static JsonSerializerOptions Strict { get; } = CreateStrict();

    /// <summary>For responses and stored documents: exactly the wire contract.</summary>
    public static JsonSerializerOptions Output => ContractJson.Options;

    public static JsonSerializerOptions Indented => ContractJson.Indented;


    private static JsonSerializerOptions CreateStrict()
    {
        var options = new JsonSerializerOptions(ContractJson.Options)
        {
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            AllowTrailingCommas = false,
            ReadCommentHandling = JsonCommentHandling.Disallow,
            NumberHandling = JsonNumberHandling.Strict,
        };
        options.Converters.Insert(0, new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
