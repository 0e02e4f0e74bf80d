using System.Collections.Concurrent;
using GraphQL.DataLoader;
using Q.Core.Model;
using Q.Core.Ports;

namespace Q.GraphQL.Loading;

/// <summary>
/// The batch loaders of one GraphQL request, each backed by one batched <see cref="IGraphStore"/> read.
/// Per request, so results are never shared between viewers and never outlive the request.
/// </summary>
public sealed class RequestLoaders(IGraphStore store)
{
    private readonly ConcurrentDictionary<string, object> _loaders = new(StringComparer.Ordinal);

    public IDataLoaderResult<Member?> Member(string id) => Members().Load(id);

    public IDataLoaderResult<IReadOnlyList<Member>> Members(IEnumerable<string> ids) => Members().LoadMany(ids);

    public IDataLoaderResult<Organisation?> Organisation(string id) =>
        Get("organisations", store.GetOrganisationsAsync).Load(id);

    public IDataLoaderResult<Topic?> Topic(string id) => Topics().Load(id);

    public IDataLoaderResult<IReadOnlyList<Topic>> Topics(IEnumerable<string> ids) => Topics().LoadMany(ids);

    public IDataLoaderResult<Project?> Project(string id) => Get("projects", store.GetProjectsAsync).Load(id);

    public IDataLoaderResult<Resource?> Resource(string id) => Get("resources", store.GetResourcesAsync).Load(id);

    public IDataLoaderResult<IReadOnlyList<Project>?> ProjectsOf(string memberId) =>
        Get("projects-of", Grouped(store.GetProjectsOfMembersAsync), []).Load(memberId);

    public IDataLoaderResult<IReadOnlyList<Resource>?> ResourcesOf(string memberId) =>
        Get("resources-of", Grouped(store.GetResourcesOfAuthorsAsync), []).Load(memberId);

    public IDataLoaderResult<IReadOnlyList<Topic>?> NarrowerOf(string topicId) =>
        Get("narrower", Grouped(store.GetNarrowerTopicsAsync), []).Load(topicId);

    /// <summary>
    /// One page of members under <paramref name="key"/> (an organisation, a topic or a member's ties). Pages with
    /// the same scope, size and cursor share a loader, so a level of such fields is one store call.
    /// </summary>
    public IDataLoaderResult<MemberPage?> Page(MemberScope scope, string key, PageRequest page) =>
        Get($"page:{scope}:{page.First}:{page.After?.Encode()}",
            (keys, ct) => store.GetMemberPagesAsync(scope, keys, page, ct), MemberPage.Empty).Load(key);

    /// <summary>Skills counts of organisations as this audience may count them, one store call per level.</summary>
    public IDataLoaderResult<IReadOnlyList<SkillCount>?> SkillsOf(string organisationId, Audience audience) =>
        Get($"skills:{audience}", (keys, ct) => store.GetOrganisationSkillsAsync(keys, audience, ct), (IReadOnlyList<SkillCount>)[]).Load(organisationId);

    public IDataLoaderResult<IReadOnlyList<Member>?> MembersVisibleToEmployer(string organisationId) =>
        Get("employer-visible", async (keys, ct) =>
        {
            var result = new Dictionary<string, IReadOnlyList<Member>>(StringComparer.Ordinal);
            foreach (var key in keys) result[key] = await store.GetMembersVisibleToEmployerAsync(key, ct);
            return (IReadOnlyDictionary<string, IReadOnlyList<Member>>)result;
        }, (IReadOnlyList<Member>)[]).Load(organisationId);

    private BatchLoader<Member> Members() => Get("members", store.GetMembersAsync);

    private BatchLoader<Topic> Topics() => Get("topics", store.GetTopicsAsync);

    private BatchLoader<T> Get<T>(
        string name, Func<IReadOnlyCollection<string>, CancellationToken, Task<IReadOnlyDictionary<string, T>>> fetch,
        T? missing = null) where T : class =>
        (BatchLoader<T>)_loaders.GetOrAdd(name, _ => new BatchLoader<T>(fetch, missing));

    private static Func<IReadOnlyCollection<string>, CancellationToken, Task<IReadOnlyDictionary<string, IReadOnlyList<T>>>> Grouped<T>(
        Func<IReadOnlyCollection<string>, CancellationToken, Task<ILookup<string, T>>> fetch) =>
        async (keys, ct) =>
            (await fetch(keys, ct)).ToDictionary(g => g.Key, g => (IReadOnlyList<T>)g.ToArray(), StringComparer.Ordinal);
}
