namespace Q.Search.Tests;

public sealed class Placeholder
{
    [Fact]
    public void The_search_project_builds() => Assert.Equal("lucene", new SearchIndexOptions().Engine);
}
