using System.Globalization;
using System.Text.Json;
using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Worker.Cli;

/// <summary>Writes screening matches as a table (collected, printed strongest first), JSON lines or CSV (streamed).</summary>
internal abstract class MatchWriter
{
    public static MatchWriter Create(string format, TextWriter output) => format switch
    {
        "jsonl" => new JsonLines(output),
        "csv" => new Csv(output),
        _ => new Table(output),
    };

    public virtual Task StartAsync() => Task.CompletedTask;

    public abstract Task WriteAsync(DomainMatch match);

    public virtual Task FinishAsync() => Task.CompletedTask;

    private sealed class JsonLines(TextWriter output) : MatchWriter
    {
        public override Task WriteAsync(DomainMatch match) => output.WriteLineAsync(JsonSerializer.Serialize(match, ContractJson.Options));
    }

    private sealed class Csv(TextWriter output) : MatchWriter
    {
        public override Task StartAsync() =>
            output.WriteLineAsync("domain,unicode,mark,kind,similarity,label_form,added_words,inside_dictionary_word,explanation");

        public override Task WriteAsync(DomainMatch match) => output.WriteLineAsync(string.Join(',',
            Field(match.Domain), Field(match.Unicode), Field(match.Mark), ScanCommand.Kebab(match.Kind),
            match.Similarity.ToString("0.###", CultureInfo.InvariantCulture), Field(match.LabelForm),
            Field(string.Join(' ', match.AddedWords)), match.InsideDictionaryWord ? "true" : "false", Field(match.Explanation)));

        private static string Field(string value) =>
            value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }

    private sealed class Table(TextWriter output) : MatchWriter
    {
        private const int ExplanationWidth = 90;
        private readonly List<DomainMatch> _matches = [];

        public override Task WriteAsync(DomainMatch match)
        {
            _matches.Add(match);
            return Task.CompletedTask;
        }

        public override async Task FinishAsync()
        {
            if (_matches.Count == 0)
            {
                await output.WriteLineAsync("no matches");
                return;
            }

            var rows = _matches.OrderByDescending(m => m.Similarity).ThenBy(m => m.Mark, StringComparer.Ordinal).ThenBy(m => m.Unicode, StringComparer.Ordinal)
                .Select(m => new[]
                {
                    m.Unicode, m.Mark, ScanCommand.Kebab(m.Kind), m.Similarity.ToString("0.00", CultureInfo.InvariantCulture),
                    m.Explanation.Length > ExplanationWidth ? m.Explanation[..(ExplanationWidth - 1)] + "…" : m.Explanation,
                })
                .ToList();
            string[] header = ["domain", "mark", "kind", "sim", "why"];
            var widths = Enumerable.Range(0, header.Length).Select(c => Math.Max(header[c].Length, rows.Max(r => r[c].Length))).ToArray();
            await output.WriteLineAsync(Line(header, widths));
            foreach (var row in rows)
            {
                await output.WriteLineAsync(Line(row, widths));
            }

            await output.WriteLineAsync();
        }

        private static string Line(string[] cells, int[] widths) =>
            string.Join("  ", cells.Select((cell, c) => c == cells.Length - 1 ? cell : cell.PadRight(widths[c]))).TrimEnd();
    }
}
