using System.Text.Json;
using System.Text.Json.Serialization;

namespace Q.Suggest;

/// <summary>What was trained, how it measured, and what is served: <c>{data}/suggest/manifest.json</c>.</summary>
public sealed record Manifest
{
    /// <summary>The newest saved model's version (0 when none was ever saved).</summary>
    public int Version { get; init; }
    /// <summary>The model file served when <see cref="Served"/> is "model", relative to the suggest folder.</summary>
    public string? ModelFile { get; init; }
    /// <summary>"model", or the heuristic served because no model beat it.</summary>
    public required string Served { get; init; }
    public int FeatureSchema { get; init; }
    public DateTimeOffset TrainedAt { get; init; }
    public required string Split { get; init; }
    public required IReadOnlyList<Quality> Figures { get; init; }
    public string? Note { get; init; }
}

/// <summary>Versioned model files and the manifest in <c>{data}/suggest</c>, each written atomically (temp file, then rename).</summary>
public sealed class ModelStore(string dataDirectory)
{
    public string Folder { get; } = Path.Combine(dataDirectory, "suggest");
    private string ManifestPath => Path.Combine(Folder, "manifest.json");

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public Manifest? ReadManifest() =>
        File.Exists(ManifestPath) ? JsonSerializer.Deserialize<Manifest>(File.ReadAllText(ManifestPath), Json) : null;

    public void WriteManifest(Manifest manifest) =>
        WriteAtomically(ManifestPath, path => File.WriteAllText(path, JsonSerializer.Serialize(manifest, Json)));

    /// <summary>Saves the model as the next version; returns its file name.</summary>
    public string SaveModel(LinkModel model, int version)
    {
        var name = $"model-v{version}.zip";
        WriteAtomically(Path.Combine(Folder, name), model.Save);
        return name;
    }

    public LinkModel? LoadServedModel(Manifest? manifest) =>
        manifest is { Served: "model", ModelFile: { } file } && File.Exists(Path.Combine(Folder, file))
            ? LinkModel.Load(Path.Combine(Folder, file)) : null;

    /// <summary>The scorer the manifest says to serve; Adamic-Adar when nothing was trained yet.</summary>
    public IScorer LoadScorer()
    {
        var manifest = ReadManifest();
        if (manifest is null || manifest.FeatureSchema != Features.PairFeatures.Schema) return Heuristic.AdamicAdar;
        return LoadServedModel(manifest) ?? (IScorer?)Heuristic.Named(manifest.Served) ?? Heuristic.AdamicAdar;
    }

    private void WriteAtomically(string path, Action<string> write)
    {
        Directory.CreateDirectory(Folder);
        var temp = path + ".tmp";
        write(temp);
        File.Move(temp, path, overwrite: true);
    }
}
