using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Worker.Cli;

/// <summary>
/// Writes screening matches with their name-only verdict as a table (collected, printed highest priority first),
/// JSON lines or CSV (streamed).
/// </summary>
internal abstract class MatchWriter
{
    public static MatchWriter Create(string format, TextWriter output) => format switch
    {
        "jsonl" => new JsonLines(output),
        "csv" => new Csv(output),
        _ => new Table(output),
    };

    public virtual Task StartAsync() => Task.CompletedTask;

    public abstract Task WriteAsync(DomainMatch match, Verdict verdict);


    public virtual Task FinishAsync() => Task.CompletedTask;

    private sealed class JsonLines(TextWriter output) : MatchWriter
    {
        public override Task WriteAsync(DomainMatch match, Verdict verdict)
        {
            var line = JsonSerializer.SerializeToNode(match, ContractJson.Options)!.AsObject(); // a record always serialises to an object
            line["priority"] = verdict.Priority;
            line["outcome"] = WireName.Kebab(verdict.Outcome);
            line["action"] = WireName.Kebab(verdict.Action);
            line["ruleVersion"] = verdict.RuleVersion;
            return output.WriteLineAsync(line.ToJsonString(ContractJson.Options));
        }
    }

    private sealed class Csv(TextWriter output) : MatchWriter
    {
        public override Task StartAsync() =>
            output.WriteLineAsync("domain,unicode,mark,kind,similarity,label_form,added_words,inside_dictionary_word,explanation,priority,outcome,action");

        public override Task WriteAsync(DomainMatch match, Verdict verdict) => output.WriteLineAsync(string.Join(',',
            Field(match.Domain), Field(match.Unicode), Field(match.Mark), WireName.Kebab(match.Kind),
            match.Similarity.ToString("0.###", CultureInfo.InvariantCulture), Field(match.LabelForm),
            Field(string.Join(' ', match.AddedWords)), match.InsideDictionaryWord ? "true" : "false", Field(match.Explanation),
            verdict.Priority.ToString(CultureInfo.InvariantCulture), WireName.Kebab(verdict.Outcome), WireName.Kebab(verdict.Action)));

        private static string Field(string value) =>
            value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }

    private sealed class Table(TextWriter output) : MatchWriter
    {
        private const int ExplanationWidth = 90;
        private readonly List<(DomainMatch Match, Verdict Verdict)> _matches = [];

        public override Task WriteAsync(DomainMatch match, Verdict verdict)
        {
            _matches.Add((match, verdict));
            return Task.CompletedTask;
        }

        public override async Task FinishAsync()
        {
            if (_matches.Count == 0)
            {
                await output.WriteLineAsync("no matches");
                return;
            }

            var rows = _matches
                .OrderByDescending(r => r.Verdict.Priority).ThenByDescending(r => r.Match.Similarity)
                .ThenBy(r => r.Match.Mark, StringComparer.Ordinal).ThenBy(r => r.Match.Unicode, StringComparer.Ordinal)
                .Select(r => new[]
                {
                    r.Match.Unicode, r.Match.Mark, WireName.Kebab(r.Match.Kind), r.Match.Similarity.ToString("0.00", CultureInfo.InvariantCulture),
                    r.Verdict.Priority.ToString(CultureInfo.InvariantCulture), WireName.Kebab(r.Verdict.Action),
                    r.Match.Explanation.Length > ExplanationWidth ? r.Match.Explanation[..(ExplanationWidth - 1)] + "…" : r.Match.Explanation,
                })
                .ToList();
            string[] header = ["domain", "mark", "kind", "sim", "prio", "action", "why"];
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
