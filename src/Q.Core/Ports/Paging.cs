using System.Buffers.Text;
using System.Text;
using Q.Core.Model;

namespace Q.Core.Ports;

public enum RecordKind { Organisation, Topic, Member, Project, Resource, Connection }

public enum MemberScope { Organisation, Topic, Neighbours }

/// <summary>Directory filters; all given ones must hold. A topic includes its narrower topics.</summary>
public sealed record MemberFilter(string? TopicId = null, string? OrganisationId = null, string? RegionId = null, MemberRole? Role = null)
{
    public static MemberFilter None { get; } = new();
}

/// <summary>
/// A position in the alphabetical member order: the member's sort key and id. Cursors are opaque to clients
/// (URL-safe base64) and stable across engines, so a client can page through SQLite or Neo4j alike.
/// </summary>
public sealed record MemberCursor(string SortKey, string Id)
{
    public string Encode() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{SortKey}\n{Id}"));

    public static bool TryDecode(string? text, out MemberCursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrEmpty(text) || text.Length > 1_000) return false;
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text)).Split('\n');
            if (parts.Length != 2 || parts[1].Length == 0) return false;
            cursor = new MemberCursor(parts[0], parts[1]);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    public static MemberCursor Of(Member m) => new(SortKeys.For(m.Name), m.Id);
}

/// <summary>
/// A slice of a member list, for an audience. Members whose topics (in topic lists) or connections (in
/// neighbour lists) are hidden from the audience are left out, counts included, so a list never reveals what
/// a profile hides. Without an audience a page is for the public: the safe default.
/// </summary>
public sealed record PageRequest(int First, MemberCursor? After = null, Audience? For = null)
{
    public const int DefaultSize = 20;
    public const int MaxSize = 100;

    public Audience Audience => For ?? Audience.Public;
}

/// <summary>
/// What an audience may see: parts of a profile whose visibility is at most <see cref="Reach"/>, and all of
/// <see cref="Self"/>'s own. The one rule both the API (through <see cref="Viewer"/>) and the stores apply.
/// </summary>
public sealed record Audience(Visibility Reach, string? Self = null)
{
    public static Audience Public { get; } = new(Visibility.Public);

    public bool Allows(Visibility visibility, string memberId) => visibility <= Reach || memberId == Self;
}

public sealed record MemberPage(IReadOnlyList<Member> Members, int TotalCount, bool HasNextPage, bool HasPreviousPage)
{
    public static MemberPage Empty { get; } = new([], 0, false, false);
}

public sealed record TwoHopNeighbour(string MemberId, int MutualConnections);

public sealed record GraphCounts(int Organisations, int Topics, int Members, int Projects, int Resources, int Connections);
