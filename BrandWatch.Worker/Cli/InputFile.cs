using System.IO.Compression;

namespace BrandWatch.Worker.Cli;

/// <summary>Opens a feed argument: a path (plain text or .gz) or "-" for standard input.</summary>
internal static class InputFile
{
    public static (TextReader? Reader, string? Error) Open(string path)
    {
        if (path == "-")
        {
            return (Console.In, null);
        }

        if (!File.Exists(path))
        {
            return (null, $"{path}: file not found");
        }

        try
        {
            Stream stream = File.OpenRead(path);
            if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            {
                stream = new GZipStream(stream, CompressionMode.Decompress);
            }

            return (new StreamReader(stream, detectEncodingFromByteOrderMarks: true), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, $"{path}: cannot be read: {ex.Message}");
        }
    }
}
