using Q.Core.Model;
using Q.Core.Ports;
using Q.Core.Search;
using Q.Search.Lucene;
using static Q.Search.Tests.Contract.Docs;

namespace Q.Search.Tests.Lucene;

/// <summary>A broad concept finds people through its narrower concepts where they declare them, not where they mention them.</summary>
public sealed class NarrowerTests : TempFolderTests
{
    [Fact]
    public async Task Deterioration_finds_declared_sepsis_people_but_not_a_passing_mention_while_sepsis_finds_all()
    {
        await using var index = new LuceneSearchIndex(Root, 0);
        await index.InitialiseAsync();
        await index.ApplyAsync(
        [
            Up(Person("topic", "Tia Topic", topics: [Topic("sepsis", "Sepsis", TopicLevel.Expert)])),
            Up(Person("headline", "Hal Headline", headline: "Sepsis lead nurse")),
            Up(Person("bio", "Bea Bio", bio: "Once sat on a panel that mentioned sepsis.")),
        ], 1);

        async Task<string[]> Search(string text) => (await index.SearchPeopleAsync(
            new PeopleQuery(QueryUnderstanding.Plan(text, Vocabulary.BuiltIn), MemberFilter.None, 10, 0, Audience.Public))).Hits.Select(h => h.Id).Order().ToArray();

        Assert.Equal(["headline", "topic"], await Search("deterioration"));
        Assert.Equal(["bio", "headline", "topic"], await Search("sepsis"));
    }
}
