using System.Text.Json;
using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Json;

namespace BrandWatch.Api.Http;

/// <summary>JSON settings of the Api: the shared contract settings, made strict for reading requests.</summary>
public static class ApiJson
{
    /// <summary>For request bodies: unknown fields, nulls in non-nullable members and numeric enums are errors.</summary>
    public static JsonSerializerOptions Strict { get; } = StrictJson.CreateOptions(ContractJson.Options);

    /// <summary>For responses and stored documents: exactly the wire contract.</summary>
    public static JsonSerializerOptions Output => ContractJson.Options;

    public static JsonSerializerOptions Indented => ContractJson.Indented;
}
