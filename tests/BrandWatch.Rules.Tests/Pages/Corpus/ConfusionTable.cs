using System.Globalization;
using System.Text;

namespace BrandWatch.Rules.Tests.Pages.Corpus;

/// <summary>
/// Per criterion, over every (page, mark) pair the labels expect or the analyser reports: found as labelled (true
/// positive), labelled but not found (missed), found but not labelled, split into findings on lawful pages and
/// findings on misuse pages (another mark or another criterion than the label says).
/// </summary>
internal static class ConfusionTable
{
    public sealed record Row(string Criterion, int Expected, int Found, int Missed, int FalseOnLawful, int FalseOnMisuse, int CleanLawfulPages, int LawfulPages);

    public static List<Row> Compute(IReadOnlyList<CorpusPage> pages, Func<string, IReadOnlySet<string>> found)
    {
        var rows = new List<Row>();
        foreach (var criterion in CorpusPage.MisuseCriteria)
        {
            int expected = 0, hit = 0, missed = 0, falseLawful = 0, falseMisuse = 0, cleanLawful = 0;
            foreach (var page in pages)
            {
                var want = page.Expected.Where(e => e.StartsWith(criterion + ":", StringComparison.Ordinal)).ToHashSet();
                var got = found(page.Name).Where(e => e.StartsWith(criterion + ":", StringComparison.Ordinal)).ToHashSet();
                expected += want.Count;
                hit += want.Count(got.Contains);
                missed += want.Count(w => !got.Contains(w));
                var extra = got.Count(g => !want.Contains(g));
                if (page.Lawful)
                {
                    falseLawful += extra;
                    cleanLawful += got.Count == 0 ? 1 : 0;
                }
                else
                {
                    falseMisuse += extra;
                }
            }

            rows.Add(new Row(criterion, expected, hit, missed, falseLawful, falseMisuse, cleanLawful, pages.Count(p => p.Lawful)));
        }

        return rows;
    }

    public static string Markdown(IReadOnlyList<CorpusPage> pages, List<Row> rows, string portfolio = "samples/pages/marks.json")
    {
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture,
            $"Corpus: {pages.Count} pages ({pages.Count(p => p.Lawful)} lawful, {pages.Count(p => !p.Lawful)} misuse), portfolio `{portfolio}`.\n\n");
        builder.Append("| criterion | labelled | found as labelled | missed | false on lawful pages | false on misuse pages | lawful pages clean | precision | recall |\n");
        builder.Append("|---|---|---|---|---|---|---|---|---|\n");
        foreach (var row in rows)
        {
            var reported = row.Found + row.FalseOnLawful + row.FalseOnMisuse;
            var precision = reported == 0 ? "-" : ((double)row.Found / reported).ToString("0.00", CultureInfo.InvariantCulture);
            var recall = row.Expected == 0 ? "-" : ((double)row.Found / row.Expected).ToString("0.00", CultureInfo.InvariantCulture);
            builder.Append(CultureInfo.InvariantCulture,
                $"| {row.Criterion} | {row.Expected} | {row.Found} | {row.Missed} | {row.FalseOnLawful} | {row.FalseOnMisuse} | {row.CleanLawfulPages}/{row.LawfulPages} | {precision} | {recall} |\n");
        }

        return builder.ToString();
    }
}
