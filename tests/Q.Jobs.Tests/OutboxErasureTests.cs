using Q.Jobs.Notifications;

namespace Q.Jobs.Tests;

/// <summary>Erasure reaches the outbox: the erased member's messages (their address, their name) are gone, others' stay.</summary>
public sealed class OutboxErasureTests : DataFolder
{
    [Fact]
    public async Task Erasing_a_member_deletes_the_messages_addressed_to_them_only()
    {
        var outbox = new Outbox(Data);
        var now = DateTimeOffset.UtcNow;
        outbox.Write(new Message("digest", "m-1", "ada@example.invalid", "s", "t", "h", now));
        outbox.Write(new Message("reminder", "m-1", "ada@example.invalid", "s", "t", "h", now.AddSeconds(1)));
        outbox.Write(new Message("digest", "m-2", "bo@example.invalid", "s", "t", "h", now));

        await new OutboxErasure(outbox).EraseAsync("m-1", "erased-x", CancellationToken.None);

        var left = Assert.Single(outbox.Files());
        Assert.Equal("m-2", Outbox.Read(left).MemberId);
        Assert.DoesNotContain(Directory.GetFiles(outbox.Folder), f => File.ReadAllText(f).Contains("ada@", StringComparison.Ordinal));
    }
}
