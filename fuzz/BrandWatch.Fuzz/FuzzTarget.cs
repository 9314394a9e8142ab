namespace BrandWatch.Fuzz;

/// <summary>
/// One parser of untrusted input: its seeds (taken from samples/ and the tests' recorded answers) and a run that feeds
/// it one input. <see cref="Run"/> lets every exception through except those the parser documents as its way of
/// refusing bad input (<see cref="Expected"/>): anything else is a finding.
/// </summary>
internal sealed record FuzzTarget(string Name, string Parser, Func<Repo, IEnumerable<byte[]>> Seeds, Action<string> Parse, params Type[] Expected)
{
    public void Run(ReadOnlySpan<byte> input)
    {
        var text = System.Text.Encoding.UTF8.GetString(input);
        try
        {
            Parse(text);
        }
        catch (Exception ex) when (Expected.Any(t => t.IsInstanceOfType(ex)))
        {
            // A documented refusal of bad input, not a finding.
        }
    }
}
