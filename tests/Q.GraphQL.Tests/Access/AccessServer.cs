using System.Text.Json.Nodes;
using Q.Core.Model;
using Q.GraphQL.Tests.Infrastructure;

namespace Q.GraphQL.Tests.Access;

/// <summary>
/// A fresh server over Data/access.jsonl for each test (these tests change and erase data): two organisations,
/// six members of org-a with varied visibility and employer consent, one of org-b, ties, a project and a resource.
/// </summary>
public abstract class AccessServer : IAsyncLifetime
{
    protected QServer Server { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Server = await QServer.StartAsync(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "access.jsonl")));

    public async Task DisposeAsync() => await Server.DisposeAsync();

    protected string Member(string id) => Server.TokenFor(Viewer.ForMember(id));
    protected string Admin => Server.TokenFor(Viewer.Administrator);
    protected string Employer(string organisation) => Server.TokenFor(Viewer.ForEmployer(organisation));
    protected string Evaluator => Server.TokenFor(new Viewer(AccessRole.Evaluator));

    protected Task<JsonNode> As(string? token, string query, object? variables = null) => Server.AsAsync(token, query, variables);

    /// <summary>The single error's code, asserting there was exactly one error.</summary>
    protected static string Code(JsonNode body) => (string)Assert.Single(body["errors"]!.AsArray())!["extensions"]!["code"]!;
}
