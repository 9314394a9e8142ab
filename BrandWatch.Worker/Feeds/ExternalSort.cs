namespace BrandWatch.Worker.Feeds;

/// <summary>
/// Sorts and de-duplicates a stream of strings larger than memory: runs of at most <c>runSize</c> strings are sorted in
/// memory and written to temporary files, then merged with a k-way heap. Memory is bounded by the run size.
/// </summary>
internal static class ExternalSort
{
    public static IEnumerable<string> SortedDistinct(IEnumerable<string> input, string tempFolder, int runSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(runSize, 1);
        Directory.CreateDirectory(tempFolder);
        var runs = new List<string>();
        var buffer = new List<string>(Math.Min(runSize, 1 << 20));
        try
        {
            foreach (var item in input)
            {
                buffer.Add(item);
                if (buffer.Count >= runSize)
                {
                    runs.Add(WriteRun(buffer, tempFolder));
                    buffer.Clear();
                }
            }

            if (runs.Count == 0)
            {
                buffer.Sort(StringComparer.Ordinal);
                string? last = null;
                foreach (var item in buffer)
                {
                    if (item != last)
                    {
                        yield return item;
                        last = item;
                    }
                }

                yield break;
            }

            if (buffer.Count > 0)
            {
                runs.Add(WriteRun(buffer, tempFolder));
                buffer.Clear();
            }

            buffer.TrimExcess();
            foreach (var item in Merge(runs))
            {
                yield return item;
            }
        }
        finally
        {
            foreach (var run in runs)
            {
                File.Delete(run);
            }
        }
    }

    private static string WriteRun(List<string> buffer, string tempFolder)
    {
        buffer.Sort(StringComparer.Ordinal);
        var path = Path.Combine(tempFolder, $"run-{Guid.NewGuid():N}.txt");
        using var writer = new StreamWriter(path, append: false, System.Text.Encoding.UTF8, bufferSize: 1 << 16);
        string? last = null;
        foreach (var item in buffer)
        {
            if (item != last)
            {
                writer.WriteLine(item);
                last = item;
            }
        }

        return path;
    }

    private static IEnumerable<string> Merge(List<string> runs)
    {
        var readers = runs.Select(r => new StreamReader(r, System.Text.Encoding.UTF8, false, 1 << 16)).ToList();
        try
        {
            var heap = new PriorityQueue<int, string>(StringComparer.Ordinal);
            var heads = new string?[readers.Count];
            for (var i = 0; i < readers.Count; i++)
            {
                heads[i] = readers[i].ReadLine();
                if (heads[i] is { } head)
                {
                    heap.Enqueue(i, head);
                }
            }

            string? last = null;
            while (heap.TryDequeue(out var index, out var value))
            {
                if (value != last)
                {
                    yield return value;
                    last = value;
                }

                heads[index] = readers[index].ReadLine();
                if (heads[index] is { } next)
                {
                    heap.Enqueue(index, next);
                }
            }
        }
        finally
        {
            foreach (var reader in readers)
            {
                reader.Dispose();
            }
        }
    }
}
