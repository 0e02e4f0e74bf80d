using System.Text;

namespace Q.GraphQL.Tests.Infrastructure;

/// <summary>The hand-written community of Data/community.jsonl, served by a real server.</summary>
public class CommunityFixture : IAsyncLifetime
{
    public QServer Server { get; private set; } = null!;

    public static string CommunityJsonLines => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "community.jsonl"));

    public virtual async Task InitializeAsync() => Server = await QServer.StartAsync(CommunityJsonLines);

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

/// <summary>The same community, but every store read fails and the store reports not ready.</summary>
public sealed class BrokenStoreFixture : CommunityFixture
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Server.Store.FailReads = true;
        Server.Store.Ready = false;
    }
}

/// <summary>A directory of 130 generated members, enough to see the default page size and the cap.</summary>
public sealed class LargeCommunityFixture : IAsyncLifetime
{
    public const int MemberCount = 130;

    public QServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var lines = new StringBuilder();
        for (var i = 1; i <= MemberCount; i++)
            lines.AppendLine($$"""{"kind":"member","id":"g-{{i:000}}","name":"Generated Member {{i:000}}","region":"wales"}""");
        Server = await QServer.StartAsync(lines.ToString());
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
