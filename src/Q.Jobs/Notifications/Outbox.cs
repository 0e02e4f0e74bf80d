using System.Globalization;
using System.Text.Json;

namespace Q.Jobs.Notifications;

/// <summary>
/// The notification outbox: one JSON file per message in <c>{data}/outbox</c>, named
/// <c>{created, UTC}-{kind}-{member}.json</c>. It is the record of what was sent to whom and the queue SMTP delivery
/// works from: a message whose SentAt is null has not been delivered (yet).
/// </summary>
public sealed class Outbox(string dataDirectory)
{
    public string Folder { get; } = Path.Combine(dataDirectory, "outbox");

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Writes the message (atomically: temp file, then rename) and returns its path.</summary>
    public string Write(Message message)
    {
        Directory.CreateDirectory(Folder);
        var safeId = string.Concat(message.MemberId.Select(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_' ? ch : '_'));
        var name = $"{message.CreatedAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture)}-{message.Kind}-{safeId}.json";
        var path = Path.Combine(Folder, name);
        Save(path, message);
        return path;
    }

    public void Save(string path, Message message)
    {
        var temp = path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(message, Json));
        File.Move(temp, path, overwrite: true);
    }

    public static Message Read(string path) => JsonSerializer.Deserialize<Message>(File.ReadAllText(path), Json)!;

    /// <summary>Every message file, oldest first.</summary>
    public IReadOnlyList<string> Files() =>
        Directory.Exists(Folder) ? Directory.GetFiles(Folder, "*.json").Order(StringComparer.Ordinal).ToList() : [];

    /// <summary>The messages not yet delivered, oldest first.</summary>
    public IEnumerable<(string Path, Message Message)> Pending() =>
        Files().Select(f => (f, Read(f))).Where(m => m.Item2.SentAt is null);

    /// <summary>When each member last got a message of this kind, read from the file names.</summary>
    public IReadOnlyDictionary<string, DateTimeOffset> LastOfKind(string kind)
    {
        var result = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var file in Files())
        {
            var message = Read(file);
            if (message.Kind != kind) continue;
            if (!result.TryGetValue(message.MemberId, out var at) || at < message.CreatedAt) result[message.MemberId] = message.CreatedAt;
        }
        return result;
    }
}
