using System.Runtime.InteropServices;
using BrandWatch.Rules.Domains;

namespace BrandWatch.Rules.Screening;

public sealed partial class MarkIndex
{
    /// <summary>A candidate match while screening one domain; the best per mark survives.</summary>
    // Whole: the name reproduces the mark's letters whole as an element of its own, so the mark is recognisable in it
    // whatever the added words (WIPO Overview 1.7, 1.8) and the similarity floor does not drop it.
    private readonly record struct Found(int Form, MatchKind Kind, double Similarity, string Explanation, IReadOnlyList<string> AddedWords, bool InsideWord, bool Whole = false);

    /// <summary>
    /// The matches the rules report for one domain, the strongest per mark. Nothing is allocated until a rule reports
    /// one: the common miss costs no garbage.
    /// </summary>
    internal struct Findings
    {
        private readonly MarkIndex _index;
        private readonly DomainName _domain;
        private List<Found>? _found;
        private int[]? _ownMarks;

        public Findings(MarkIndex index, DomainName domain)
        {
            _index = index;
            _domain = domain;
        }

        /// <summary>True once a rule has reported a match (of any mark).</summary>
        public readonly bool Any => _found is { Count: > 0 };

        public void Add(LabelForm form, MatchKind kind, double similarity, string explanation, IReadOnlyList<string>? added = null, bool insideWord = false, bool whole = false)
        {
            if (IsOwn(form.Mark) || IsExcluded(form))
            {
                return;
            }

            _found ??= [];
            var candidate = new Found(form.Id, kind, Math.Clamp(similarity, 0, 1), explanation, added ?? [], insideWord, whole);
            for (var i = 0; i < _found.Count; i++)
            {
                if (_index._forms[_found[i].Form].Mark == form.Mark)
                {
                    if (candidate.Similarity > _found[i].Similarity)
                    {
                        _found[i] = candidate;
                    }

                    return;
                }
            }

            _found.Add(candidate);
        }

        private bool IsOwn(int mark)
        {
            if (_ownMarks is null)
            {
                var own = new List<int>();
                var suffix = _domain.Ascii.AsSpan();
                while (true)
                {
                    if (_index._own.TryGetValue(suffix, out var marks))
                    {
                        own.AddRange(marks);
                    }

                    var dot = suffix.IndexOf('.');
                    if (dot < 0)
                    {
                        break;
                    }

                    suffix = suffix[(dot + 1)..];
                }

                _ownMarks = [.. own];
            }

            return Array.IndexOf(_ownMarks, mark) >= 0;
        }

        private readonly bool IsExcluded(LabelForm form)
        {
            foreach (var entry in _index._exclusions[form.Mark])
            {
                if (entry == _domain.RegistrableDomain || entry == _domain.RegistrableLabel || entry == _domain.Ascii
                    || (entry.Contains(form.Text, StringComparison.Ordinal) && _domain.Ascii.Contains(entry, StringComparison.Ordinal)))
                {
                    return true;
                }
            }

            return false;
        }

        public readonly IReadOnlyList<DomainMatch> Finish(string asRead)
        {
            if (_found is null)
            {
                return [];
            }

            // Strongest first; equally strong matches keep the order the rules reported them (a stable sort, in place:
            // LINQ's OrderByDescending allocated its buffers for every name with a finding).
            var ordered = CollectionsMarshal.AsSpan(_found);
            for (var i = 1; i < ordered.Length; i++)
            {
                var item = ordered[i];
                var j = i - 1;
                while (j >= 0 && ordered[j].Similarity.CompareTo(item.Similarity) < 0)
                {
                    ordered[j + 1] = ordered[j];
                    j--;
                }

                ordered[j + 1] = item;
            }

            var results = new List<DomainMatch>(ordered.Length);
            foreach (var found in ordered)
            {
                if (found.Similarity < _index._options.MinSimilarity && !found.Whole)
                {
                    continue;
                }

                var form = _index._forms[found.Form];
                results.Add(new DomainMatch
                {
                    Domain = asRead,
                    Unicode = _domain.Unicode,
                    Mark = _index._marks[form.Mark].Id,
                    Kind = found.Kind,
                    LabelForm = form.Text,
                    Similarity = Math.Round(found.Similarity, 3),
                    Explanation = found.Explanation,
                    AddedWords = found.AddedWords,
                    InsideDictionaryWord = found.InsideWord,
                });
            }

            return results;
        }
    }
}
