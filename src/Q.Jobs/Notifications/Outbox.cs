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
        var name = $"{message.CreatedAt.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture)}-{message.Kind}-{SafeId(message.MemberId)}.json";
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

    /// <summary>
    /// When each member (by <see cref="SafeId"/>) last got a message of this kind — from the file names alone, so a
    /// large outbox is not read file by file.
    /// </summary>
    public IReadOnlyDictionary<string, DateTimeOffset> LastOfKind(string kind)
    {
        var result = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var infix = $"-{kind}-";
        foreach (var name in Files().Select(Path.GetFileNameWithoutExtension).OfType<string>())
        {
            if (name.Length <= TimeFormatLength + infix.Length || string.CompareOrdinal(name, TimeFormatLength, infix, 0, infix.Length) != 0) continue;
            if (!DateTimeOffset.TryParseExact(name[..TimeFormatLength], TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)) continue;
            var member = name[(TimeFormatLength + infix.Length)..];
            if (!result.TryGetValue(member, out var last) || last < at) result[member] = at;
        }
        return result;
    }

    /// <summary>A member id as file names carry it: letters, digits, '-' and '_' kept, anything else '_'.</summary>
    public static string SafeId(string memberId) =>
        string.Concat(memberId.Select(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_' ? ch : '_'));

    private const string TimeFormat = "yyyyMMdd'T'HHmmssfff'Z'";
    private const int TimeFormatLength = 19;
}
