namespace Q.Search.Lucene;

/// <summary>
/// The index's folders under <c>{data}/search/</c>: each index lives in its own <c>index-…</c> folder, and the
/// small pointer file <c>current</c> names the live one. A rebuild writes a new folder and then replaces the
/// pointer by writing a temporary file and renaming it over the old one, which is atomic: after a crash the
/// pointer names either the old index or the new one, never half of either.
/// </summary>
internal sealed class IndexFolders(string dataDirectory)
{
    private const string Pointer = "current";
    private const string Prefix = "index-";

    public string Root { get; } = Path.Combine(Path.GetFullPath(dataDirectory), "search");

    /// <summary>The live index folder's name, or null when there is none yet.</summary>
    public string? Current()
    {
        var pointer = Path.Combine(Root, Pointer);
        if (!File.Exists(pointer)) return null;
        var name = File.ReadAllText(pointer).Trim();
        return IsIndexFolder(name) && Directory.Exists(Path.Combine(Root, name)) ? name : null;
    }

    public string PathOf(string name) => Path.Combine(Root, name);

    /// <summary>A new, empty folder for an index; not live until <see cref="Switch"/>.</summary>
    public string CreateNew()
    {
        Directory.CreateDirectory(Root);
        var name = $"{Prefix}{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}"[..(Prefix.Length + 17 + 9)];
        Directory.CreateDirectory(PathOf(name));
        return name;
    }

    /// <summary>Makes <paramref name="name"/> the live index: temporary file, flushed, renamed over the pointer.</summary>
    public void Switch(string name)
    {
        var temporary = Path.Combine(Root, Pointer + ".tmp");
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            file.Write(System.Text.Encoding.UTF8.GetBytes(name));
            file.Flush(flushToDisk: true);
        }
        File.Move(temporary, Path.Combine(Root, Pointer), overwrite: true);
    }

    /// <summary>Deletes index folders other than the live one (left by a finished or failed rebuild); best effort.</summary>
    public void DeleteAllBut(string live)
    {
        if (!Directory.Exists(Root)) return;
        foreach (var folder in Directory.EnumerateDirectories(Root, Prefix + "*"))
            if (Path.GetFileName(folder) != live) Delete(Path.GetFileName(folder));
    }

    public void Delete(string name)
    {
        try
        {
            Directory.Delete(PathOf(name), recursive: true);
        }
        catch (IOException)
        {
            // A reader may still hold a file open (on Windows); the next start deletes it.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static bool IsIndexFolder(string name) =>
        name.StartsWith(Prefix, StringComparison.Ordinal) && name.IndexOfAny(Path.GetInvalidFileNameChars()) < 0 && !name.Contains("..", StringComparison.Ordinal);
}
