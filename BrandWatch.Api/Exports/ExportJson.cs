using System.Text.Encodings.Web;
using System.Text.Json;

namespace BrandWatch.Api.Exports;

/// <summary>How the JSON exports are written: compact, and with quotes, '+' and non-ASCII left readable (the file is data, never HTML).</summary>
internal static class ExportJson
{
    public static readonly JsonWriterOptions Options = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
