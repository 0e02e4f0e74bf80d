using System.Text.Json.Nodes;
using Q.Core.Model;
using Q.Core.Ports;
using Q.Core.Search;
using Q.Search.Elasticsearch;
using HttpMethod = Elastic.Transport.HttpMethod;
using static Q.Search.Tests.Contract.Docs;

namespace Q.Search.Tests.Elasticsearch;

/// <summary>
/// The requests the Elasticsearch engine sends, captured by the client's in-memory transport and answered with
/// responses shaped like Elasticsearch's documented ones. No server is involved: these check what we ask for and how
/// we read the answers, not how Elasticsearch ranks.
/// </summary>
public sealed class ElasticsearchRequestTests : IAsyncLifetime
{
    private const string Url = "http://es.example:9200";
    private const string ApiKey = "c2VjcmV0LWtleS1pZDpzZWNyZXQta2V5LXZhbHVl";

    private readonly FakeElasticsearch _server = new();
    private readonly ElasticsearchSearchIndex _index;

    public ElasticsearchRequestTests() =>
        _index = new ElasticsearchSearchIndex(new SearchIndexOptions { ElasticsearchUrl = Url, ElasticsearchApiKey = ApiKey, IndexPrefix = "t" }, _server);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _index.DisposeAsync();
        _server.Dispose();
    }

    // ---------------------------------------------------------------- index creation

    [Fact]
    public async Task Initialise_creates_aliased_indexes_with_the_analysis_and_members_only_fields()
    {
        _server.Respond = r => r.Method == HttpMethod.HEAD ? Canned.Answer(404) : Canned.Ok();

        await _index.InitialiseAsync();

        var people = Assert.Single(_server.Requests, r => r.Method == HttpMethod.PUT && r.Path.StartsWith("/t-people-", StringComparison.Ordinal)).Json;
        Assert.NotNull(people["aliases"]!["t-people"]);
        var analysis = people["settings"]!["analysis"]!;
        var text = analysis["analyzer"]!["q_text"]!;
        Assert.Equal(["q_apostrophes", "q_spelling"], Strings(text["char_filter"]));
        Assert.Equal(["q_possessive", "lowercase", "q_folding", "q_stemmer"], Strings(text["filter"]));
        Assert.Equal("asciifolding", (string?)analysis["filter"]!["q_folding"]!["type"]);
        Assert.Equal("english", (string?)analysis["filter"]!["q_stemmer"]!["language"]);
        Assert.Equal("possessive_english", (string?)analysis["filter"]!["q_possessive"]!["language"]);
        Assert.Equal(["q_apostrophes"], Strings(analysis["analyzer"]!["q_name"]!["char_filter"]));
        Assert.Contains("'=>", Strings(analysis["char_filter"]!["q_apostrophes"]!["mappings"]));
        var spelling = Strings(analysis["char_filter"]!["q_spelling"]!["mappings"]);
        Assert.Contains("pediatr=>paediatr", spelling);
        Assert.Contains("Organiz=>Organis", spelling);
        Assert.Contains("anesthe=>anaesthe", spelling);

        var fields = people["mappings"]!["properties"]!;
        Assert.Equal("strict", (string?)people["mappings"]!["dynamic"]);
        foreach (var name in new[] { "bio", "bio_members", "headline", "headline_members", "topics_expert", "topics_expert_members", "topics_interest_members" })
            Assert.Equal("q_text", (string?)fields[name]!["analyzer"]);
        Assert.Equal("q_name", (string?)fields["name"]!["analyzer"]);
        foreach (var name in new[] { "region", "role", "organisation_type", "topic_ids", "topic_ids_members", "topic_facet", "topic_facet_members" })
            Assert.Equal("keyword", (string?)fields[name]!["type"]);

        var resources = Assert.Single(_server.Requests, r => r.Method == HttpMethod.PUT && r.Path.StartsWith("/t-resources-", StringComparison.Ordinal)).Json;
        Assert.NotNull(resources["aliases"]!["t-resources"]);
        Assert.Equal("keyword", (string?)resources["mappings"]!["properties"]!["type"]!["type"]);
        Assert.Single(_server.Requests, r => r.Method == HttpMethod.PUT && r.Path == "/t-meta");
    }

    [Fact]
    public async Task Initialise_leaves_existing_indexes_alone()
    {
        _server.Respond = _ => Canned.Ok("");

        await _index.InitialiseAsync();

        Assert.All(_server.Requests, r => Assert.Equal(HttpMethod.HEAD, r.Method));
    }

    // ---------------------------------------------------------------- writes

    [Fact]
    public async Task Expunge_deletes_with_the_version_refreshes_and_force_merges_deletes_away_without_moving_the_position()
    {
        _server.Respond = r => r.Path == "/_bulk" ? Canned.Ok(BulkOk(1)) : Canned.Ok();

        await _index.ExpungeAsync(SearchKind.Person, "m-erased", 42);

        Assert.Equal(["POST /_bulk", "POST /t-people/_refresh", "POST /t-people/_forcemerge?only_expunge_deletes=true"], _server.Requests.Select(r => r.ToString()));
        var delete = _server.Requests[0].Lines[0]["delete"]!;
        Assert.Equal(("m-erased", 42L, "external_gte"), ((string?)delete["_id"], (long?)delete["version"], (string?)delete["version_type"]));
        Assert.DoesNotContain(_server.Requests, r => r.Path.Contains("position", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Apply_sends_versioned_bulk_lines_then_records_the_position_then_refreshes()
    {
        _server.Respond = r => r.Path == "/_bulk" ? Canned.Ok(BulkOk(3)) : Canned.Ok();

        await _index.ApplyAsync([new UpsertPerson(Ada(7)), new UpsertResource(CaseStudy(7)), new DeleteDocument(SearchKind.Person, "m-gone", 7)], 7);

        Assert.Equal(["POST /_bulk", "PUT /t-meta/_doc/position", "POST /t-people,t-resources,t-meta/_refresh"], _server.Requests.Select(r => r.ToString()));
        var lines = _server.Requests[0].Lines;
        Assert.Equal(5, lines.Count);
        var actions = new[] { lines[0]["index"]!, lines[2]["index"]!, lines[4]["delete"]! };
        Assert.All(actions, a =>
        {
            Assert.Equal("external_gte", (string?)a["version_type"]);
            Assert.Equal(7, (long)a["version"]!);
        });
        Assert.Equal(["t-people", "t-resources", "t-people"], actions.Select(a => (string)a["_index"]!));
        Assert.Equal(["m-ada", "r-1", "m-gone"], actions.Select(a => (string)a["_id"]!));

        var person = lines[1];
        Assert.Equal("Ada O'Neill", (string?)person["name"]);
        Assert.Equal("Leads sepsis screening with PDSA cycles.", (string?)person["bio_members"]);
        Assert.Null(person["bio"]);
        Assert.Equal("Improvement lead", (string?)person["headline"]);
        Assert.Null(person["headline_members"]);
        Assert.Equal(["Sepsis", "sepsis six"], Strings(person["topics_expert"]));
        Assert.Equal(["sepsis"], Strings(person["topic_ids"]));
        Assert.Equal(["sepsis\u001fSepsis"], Strings(person["topic_facet"]));
        Assert.Equal("wessex", (string?)person["region"]);
        Assert.Equal("manager", (string?)person["role"]);
        Assert.Equal("acute-provider", (string?)person["organisation_type"]);

        Assert.Equal(7, (long)_server.Requests[1].Json["position"]!);
    }

    [Fact]
    public async Task A_replay_answered_with_409_conflicts_is_a_success()
    {
        const string conflicts = """
            {"took":3,"errors":true,"items":[
              {"index":{"_index":"t-people-1","_id":"m-ada","status":409,"error":{"type":"version_conflict_engine_exception","reason":"[m-ada]: version conflict, current version [9] is higher than the one provided [7]","index":"t-people-1"}}},
              {"delete":{"_index":"t-people-1","_id":"m-gone","_version":8,"result":"not_found","status":404}},
              {"index":{"_index":"t-resources-1","_id":"r-1","_version":7,"result":"updated","status":200}}
            ]}
            """;
        _server.Respond = r => r.Path == "/_bulk" ? Canned.Ok(conflicts) : Canned.Ok();

        await _index.ApplyAsync([new UpsertPerson(Ada(7)), new DeleteDocument(SearchKind.Person, "m-gone", 7), new UpsertResource(CaseStudy(7))], 7);

        Assert.Single(_server.To("/t-meta/_doc/position"));
    }

    [Fact]
    public async Task A_refused_document_fails_the_apply_and_the_position_is_not_recorded()
    {
        const string refused = """
            {"took":3,"errors":true,"items":[
              {"index":{"_index":"t-people-1","_id":"m-ada","status":400,"error":{"type":"document_parsing_exception","reason":"[1:2] unknown field [x]"}}}
            ]}
            """;
        _server.Respond = r => r.Path == "/_bulk" ? Canned.Ok(refused) : Canned.Ok();

        var e = await Assert.ThrowsAsync<SearchBackendException>(() => _index.ApplyAsync([new UpsertPerson(Ada(7))], 7));

        Assert.Contains("Elasticsearch at http://es.example:9200", e.Message);
        Assert.Contains("m-ada: document_parsing_exception", e.Message);
        Assert.Empty(_server.To("/t-meta"));
    }

    [Fact]
    public async Task Position_is_read_from_the_meta_document_and_is_zero_when_there_is_none()
    {
        _server.Respond = _ => Canned.Ok("""{"_index":"t-meta","_id":"position","_version":3,"found":true,"_source":{"position":42}}""");
        Assert.Equal(42, await _index.PositionAsync());
        Assert.Equal("/t-meta/_doc/position", _server.Requests[^1].Path);

        _server.Respond = _ => Canned.Answer(404, """{"_index":"t-meta","_id":"position","found":false}""");
        Assert.Equal(0, await _index.PositionAsync());
    }

    [Fact]
    public async Task Versions_page_through_ids_with_search_after()
    {
        var first = Hits(Enumerable.Range(0, 1000).Select(i => ($"m-{i:D4}", (long)i)));
        var second = Hits([("m-9999", 5)]);
        var calls = 0;
        _server.Respond = _ => Canned.Ok(calls++ == 0 ? first : second);

        var versions = await _index.VersionsAsync(SearchKind.Person);

        Assert.Equal(1001, versions.Count);
        Assert.Equal(5, versions["m-9999"]);
        Assert.Equal(2, _server.Requests.Count);
        Assert.All(_server.Requests, r => Assert.Equal("/t-people/_search", r.Path));
        var body = _server.Requests[0].Json;
        Assert.True((bool)body["version"]!);
        Assert.False((bool)body["_source"]!);
        Assert.Null(body["search_after"]);
        Assert.Equal(["m-0999"], Strings(_server.Requests[1].Json["search_after"]));
    }

    // ---------------------------------------------------------------- rebuild

    [Fact]
    public async Task Rebuild_fills_new_indexes_then_swaps_the_aliases_in_one_call_and_deletes_the_old()
    {
        _server.Respond = r => r switch
        {
            { Method: HttpMethod.GET, Path: "/_alias/t-people" } => Canned.Ok("""{"t-people-old":{"aliases":{"t-people":{}}}}"""),
            { Method: HttpMethod.GET, Path: "/_alias/t-resources" } => Canned.Ok("""{"t-resources-old":{"aliases":{"t-resources":{}}}}"""),
            { Path: "/_bulk" } => Canned.Ok(BulkOk(2)),
            _ => Canned.Ok(),
        };

        await _index.RebuildAsync(Stream(new UpsertPerson(Ada(50)), new UpsertResource(CaseStudy(50))), 50);

        var creates = _server.Requests.Where(r => r.Method == HttpMethod.PUT && r.Path.StartsWith("/t-p", StringComparison.Ordinal) || r.Method == HttpMethod.PUT && r.Path.StartsWith("/t-r", StringComparison.Ordinal)).ToArray();
        Assert.Equal(2, creates.Length);
        Assert.All(creates, c => Assert.Null(c.Json["aliases"]));
        var newPeople = creates[0].Path[1..];
        var newResources = creates[1].Path[1..];
        var bulk = Assert.Single(_server.To("/_bulk")).Lines;
        Assert.Equal(newPeople, (string?)bulk[0]["index"]!["_index"]);
        Assert.Equal(newResources, (string?)bulk[2]["index"]!["_index"]);

        var swap = Assert.Single(_server.To("/_aliases")).Json["actions"]!.AsArray();
        Assert.Equal(4, swap.Count);
        Assert.Equal("t-people-old", (string?)swap[0]!["remove"]!["index"]);
        Assert.Equal("t-resources-old", (string?)swap[1]!["remove"]!["index"]);
        Assert.Equal(newPeople, (string?)swap[2]!["add"]!["index"]);
        Assert.Equal("t-people", (string?)swap[2]!["add"]!["alias"]);
        Assert.Equal(newResources, (string?)swap[3]!["add"]!["index"]);

        var order = _server.Requests.Select(r => r.ToString()).ToList();
        Assert.True(order.IndexOf("POST /_aliases") < order.IndexOf("PUT /t-meta/_doc/position"));
        var delete = Assert.Single(_server.Requests, r => r.Method == HttpMethod.DELETE);
        Assert.StartsWith("/t-people-old,t-resources-old", delete.Path, StringComparison.Ordinal);
        Assert.Equal(50, (long)Assert.Single(_server.To("/t-meta/_doc/position")).Json["position"]!);
    }

    [Fact]
    public async Task A_failed_rebuild_leaves_the_aliases_alone_and_deletes_the_half_built_indexes()
    {
        _server.Respond = r => r.Path == "/_bulk"
            ? Canned.Answer(500, """{"error":{"type":"es_rejected_execution_exception","reason":"rejected execution"},"status":500}""")
            : Canned.Ok();

        var e = await Assert.ThrowsAsync<SearchBackendException>(() => _index.RebuildAsync(Stream(new UpsertPerson(Ada(50))), 50));

        Assert.Contains("es_rejected_execution_exception", e.Message);
        Assert.Empty(_server.To("/_aliases"));
        Assert.Empty(_server.To("/t-meta"));
        var delete = Assert.Single(_server.Requests, r => r.Method == HttpMethod.DELETE);
        Assert.Contains("/t-people-", delete.Path, StringComparison.Ordinal);
        Assert.Contains(",t-resources-", delete.Path, StringComparison.Ordinal);
        Assert.DoesNotContain("old", delete.Path, StringComparison.Ordinal);
    }

    // ---------------------------------------------------------------- search

    [Fact]
    public async Task A_phrase_a_typo_word_and_a_synonym_become_match_phrase_fuzzy_match_and_boosted_alternatives()
    {
        _server.Respond = _ => Canned.Ok(EmptySearch);
        var plan = new QueryPlan("\"sepsis screening\" deterioraton pdsa",
        [
            new QueryClause("sepsis screening", IsPhrase: true, AllowTypos: false, []),
            new QueryClause("deterioraton", IsPhrase: false, AllowTypos: true, []),
            new QueryClause("pdsa", IsPhrase: false, AllowTypos: false, [new Alternative("plan do study act", true, 0.9, "synonym", "Plan-Do-Study-Act")]),
        ]);

        await _index.SearchPeopleAsync(new PeopleQuery(plan, MemberFilter.None, 10, 0, Audience.Public));

        var body = Assert.Single(_server.To("/t-people/_search")).Json;
        var outer = body["query"]!["bool"]!;
        Assert.Equal(2, (int)outer["minimum_should_match"]!);
        var should = outer["should"]!.AsArray();
        Assert.Equal(4, should.Count);
        var bonus = should[3]!["constant_score"]!;
        Assert.Equal(100, (double)bonus["boost"]!);
        Assert.Equal(3, bonus["filter"]!["bool"]!["filter"]!.AsArray().Count);

        var phrase = Named(should[0]!, "c0|v0|topics_expert");
        Assert.Equal("sepsis screening", (string?)phrase["match_phrase"]!["topics_expert"]!["query"]);
        Assert.Equal(4.0, (double)phrase["match_phrase"]!["topics_expert"]!["boost"]!);
        Assert.DoesNotContain("fuzziness", should[0]!.ToJsonString(), StringComparison.Ordinal);

        var exact = Named(should[1]!, "c1|v0|bio")["match"]!["bio"]!;
        Assert.Equal(1.0, (double)exact["boost"]!);
        Assert.Null(exact["fuzziness"]);
        var typo = Named(should[1]!, "c1|typo|topics_expert")["match"]!["topics_expert"]!;
        Assert.Equal("AUTO", (string?)typo["fuzziness"]);
        Assert.Equal("deterioraton", (string?)typo["query"]);
        Assert.Equal(1.6, (double)typo["boost"]!);

        var own = Named(should[2]!, "c2|v0|headline")["match"]!["headline"]!;
        Assert.Equal(2.0, (double)own["boost"]!);
        var synonym = Named(should[2]!, "c2|v1|headline")["match_phrase"]!["headline"]!;
        Assert.Equal("plan do study act", (string?)synonym["query"]);
        Assert.Equal(1.8, (double)synonym["boost"]!);
        Assert.Equal(3.6, (double)Named(should[2]!, "c2|v1|topics_expert")["match_phrase"]!["topics_expert"]!["boost"]!);
        Assert.DoesNotContain("fuzziness", should[2]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_public_search_never_mentions_members_only_fields_in_query_highlight_or_facets()
    {
        _server.Respond = _ => Canned.Ok(EmptySearch);

        await _index.SearchPeopleAsync(new PeopleQuery(Sepsis, new MemberFilter(TopicId: "sepsis"), 10, 0, Audience.Public));

        var body = Assert.Single(_server.Requests).Json;
        Assert.DoesNotContain("_members", body.ToJsonString(), StringComparison.Ordinal);
        var highlighted = body["highlight"]!["fields"]!.AsObject().Select(f => f.Key).ToArray();
        Assert.Contains("bio", highlighted);
        Assert.Contains("topics_expert", highlighted);
        Assert.Equal("<em>", (string?)body["highlight"]!["pre_tags"]![0]);
        Assert.Equal("</em>", (string?)body["highlight"]!["post_tags"]![0]);
    }

    [Fact]
    public async Task A_members_search_matches_highlights_counts_and_filters_the_members_only_fields()
    {
        _server.Respond = _ => Canned.Ok(EmptySearch);

        await _index.SearchPeopleAsync(new PeopleQuery(Sepsis, new MemberFilter(TopicId: "sepsis"), 10, 0, new Audience(Visibility.Members, "m-me")));

        var body = Assert.Single(_server.Requests).Json;
        var query = body["query"]!.ToJsonString();
        Assert.Contains("\"c0|v0|bio_members\"", query, StringComparison.Ordinal);
        Assert.Contains("\"c0|v0|topics_expert_members\"", query, StringComparison.Ordinal);
        Assert.Contains("bio_members", body["highlight"]!["fields"]!.AsObject().Select(f => f.Key));
        Assert.Equal("topic_facet_members", (string?)body["aggs"]!["topic"]!["aggs"]!["values_members"]!["terms"]!["field"]);
        Assert.Contains("topic_ids_members", body["post_filter"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signed_out_but_self_sees_members_only_fields_of_their_own_profile_only()
    {
        _server.Respond = _ => Canned.Ok(EmptySearch);

        await _index.SearchPeopleAsync(new PeopleQuery(Sepsis, MemberFilter.None, 10, 0, new Audience(Visibility.Public, "m-me")));

        var body = Assert.Single(_server.Requests).Json;
        var own = body["query"]!["bool"]!["should"]!.AsArray()
            .Single(s => s!.ToJsonString().Contains("\"c0|v0|bio_members\"", StringComparison.Ordinal))!["bool"]!;
        Assert.Equal("m-me", (string?)own["filter"]![0]!["term"]!["id"]);
        Assert.DoesNotContain("_members", body["highlight"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("_members", body["aggs"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_go_to_post_filter_and_each_facet_is_counted_without_its_own_filter()
    {
        _server.Respond = _ => Canned.Ok(EmptySearch);

        await _index.SearchPeopleAsync(new PeopleQuery(Sepsis, new MemberFilter(RegionId: "wessex", Role: MemberRole.Manager), 10, 0, Audience.Public));

        var body = Assert.Single(_server.Requests).Json;
        Assert.Equal(["region=wessex", "role=manager"], Terms(body["post_filter"]!));
        Assert.DoesNotContain("wessex", body["query"]!.ToJsonString(), StringComparison.Ordinal);
        var aggs = body["aggs"]!;
        Assert.Equal(["role=manager"], Terms(aggs["region"]!["filter"]!));
        Assert.Equal("region", (string?)aggs["region"]!["aggs"]!["values"]!["terms"]!["field"]);
        Assert.Equal(["region=wessex"], Terms(aggs["role"]!["filter"]!));
        Assert.Equal(["region=wessex", "role=manager"], Terms(aggs["organisation_type"]!["filter"]!));
        Assert.Equal(["region=wessex", "role=manager"], Terms(aggs["topic"]!["filter"]!));
    }

    [Fact]
    public async Task Hits_highlights_reasons_and_facets_are_read_from_the_response()
    {
        const string response = """
            {"took":5,"timed_out":false,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0},
             "hits":{"total":{"value":12,"relation":"eq"},"max_score":112.5,"hits":[
               {"_index":"t-people-1","_id":"m-ada","_score":112.5,
                "_source":{"topic_list":[{"id":"sepsis","name":"Sepsis","level":"expert","synonyms":["sepsis six"],"members_only":false}]},
                "highlight":{"bio_members":["Leads sepsis screening with <em>PDSA</em> cycles."],"topics_expert":["<em>Sepsis</em>"]},
                "matched_queries":["c0|v0|topics_expert","c1|v1|bio_members","c1|typo|name","all"]}
             ]},
             "aggregations":{
               "region":{"doc_count":12,"values":{"doc_count_error_upper_bound":0,"sum_other_doc_count":0,"buckets":[{"key":"wessex","doc_count":7},{"key":"oxford","doc_count":5}]}},
               "role":{"doc_count":12,"values":{"buckets":[{"key":"patient-leader","doc_count":12}]}},
               "organisation_type":{"doc_count":12,"values":{"buckets":[{"key":"acute-provider","doc_count":9}]}},
               "topic":{"doc_count":12,"values":{"buckets":[{"key":"sepsis\u001fSepsis","doc_count":4}]},"values_members":{"buckets":[{"key":"sepsis\u001fSepsis","doc_count":3},{"key":"pdsa\u001fPDSA","doc_count":8}]}}
             }}
            """;
        _server.Respond = _ => Canned.Ok(response);
        var plan = new QueryPlan("sepsis pdsa",
        [
            new QueryClause("sepsis", false, true, []),
            new QueryClause("PDSA", false, false, [new Alternative("Plan-Do-Study-Act", true, 0.9, "synonym", "Plan-Do-Study-Act")]),
        ]);

        var page = await _index.SearchPeopleAsync(new PeopleQuery(plan, MemberFilter.None, 10, 0, new Audience(Visibility.Members)));

        Assert.Equal(12, page.TotalCount);
        var hit = Assert.Single(page.Hits);
        Assert.Equal("m-ada", hit.Id);
        Assert.Equal(112.5, hit.Score);
        Assert.Equal(["expert in Sepsis", "matched \"PDSA\" through \"Plan-Do-Study-Act\" in bio", "matched \"PDSA\" by a close spelling in name"], hit.Reasons);
        Assert.Equal(["Leads sepsis screening with <em>PDSA</em> cycles."], hit.Highlights.Single(h => h.Field == "bio").Fragments);
        Assert.Equal(["<em>Sepsis</em>"], hit.Highlights.Single(h => h.Field == "topics").Fragments);
        Assert.Equal([new FacetValue("wessex", "Wessex", 7), new FacetValue("oxford", "Oxford", 5)], page.Facets.Region);
        Assert.Equal([new FacetValue("patient-leader", "Patient leader", 12)], page.Facets.Role);
        Assert.Equal([new FacetValue("acute-provider", "Acute provider", 9)], page.Facets.OrganisationType);
        Assert.Equal([new FacetValue("pdsa", "PDSA", 8), new FacetValue("sepsis", "Sepsis", 7)], page.Facets.Topic);
    }

    [Fact]
    public async Task Resource_search_filters_by_type_and_topic_with_the_same_facet_pattern()
    {
        _server.Respond = _ => Canned.Ok(EmptySearch);

        var page = await _index.SearchResourcesAsync(new ResourceQuery(Sepsis, new ResourceFilter("case-study", "sepsis"), 5, 20));

        Assert.Empty(page.Hits);
        var body = Assert.Single(_server.To("/t-resources/_search")).Json;
        Assert.Equal(20, (int)body["from"]!);
        Assert.Equal(5, (int)body["size"]!);
        Assert.Equal(["topic_ids=sepsis", "type=case-study"], Terms(body["post_filter"]!));
        Assert.Equal(["topic_ids=sepsis"], Terms(body["aggs"]!["type"]!["filter"]!));
        Assert.Equal(["type=case-study"], Terms(body["aggs"]!["topic"]!["filter"]!));
        Assert.Equal(3.0, (double)Named(body["query"]!, "c0|v0|title")["match"]!["title"]!["boost"]!);
    }

    [Fact]
    public async Task An_empty_plan_browses_with_match_all_and_huge_pages_are_bounded()
    {
        _server.Respond = _ => Canned.Ok(EmptySearch);

        await _index.SearchPeopleAsync(new PeopleQuery(QueryPlan.Empty, MemberFilter.None, 1_000_000, 50_000, Audience.Public));

        var body = Assert.Single(_server.Requests).Json;
        Assert.NotNull(body["query"]!["match_all"]);
        Assert.True((int)body["from"]! + (int)body["size"]! <= 10_000);
        Assert.True((int)body["size"]! <= 100);
    }

    // ---------------------------------------------------------------- errors and credentials

    [Fact]
    public async Task Every_request_carries_the_api_key_header()
    {
        _server.Respond = _ => Canned.Ok(EmptySearch);

        await _index.SearchPeopleAsync(new PeopleQuery(Sepsis, MemberFilter.None, 10, 0, Audience.Public));

        Assert.Equal($"ApiKey {ApiKey}", Assert.Single(_server.Requests).Authorization);
    }

    [Fact]
    public async Task A_server_error_becomes_our_exception_naming_elasticsearch_and_its_address_but_not_the_key()
    {
        _server.Respond = _ => Canned.Answer(500, $$"""{"error":{"type":"illegal_state_exception","reason":"boom with {{ApiKey}}"},"status":500}""");

        var e = await Assert.ThrowsAsync<SearchBackendException>(() => _index.SearchPeopleAsync(new PeopleQuery(Sepsis, MemberFilter.None, 10, 0, Audience.Public)));

        Assert.Contains("Elasticsearch at http://es.example:9200", e.Message);
        Assert.Contains("HTTP 500 illegal_state_exception", e.Message);
        Assert.DoesNotContain(ApiKey, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(ApiKey, e.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_server_becomes_our_exception_and_a_false_ping()
    {
        _server.Respond = _ => Canned.Unreachable();

        var e = await Assert.ThrowsAsync<SearchBackendException>(() => _index.PositionAsync());

        Assert.Contains("Elasticsearch at http://es.example:9200", e.Message);
        Assert.Contains("no answer", e.Message);
        Assert.DoesNotContain(ApiKey, e.ToString(), StringComparison.Ordinal);
        Assert.False(await _index.PingAsync());
    }

    [Fact]
    public async Task A_closed_port_through_the_real_http_transport_fails_cleanly()
    {
        // Not the in-memory transport: the client's own HTTP invoker, against a local port nothing listens on.
        await using var index = new ElasticsearchSearchIndex(new SearchIndexOptions { ElasticsearchUrl = "http://127.0.0.1:1", ElasticsearchApiKey = ApiKey, IndexPrefix = "t" });

        Assert.False(await index.PingAsync());
        var e = await Assert.ThrowsAsync<SearchBackendException>(() => index.InitialiseAsync());
        Assert.StartsWith("Elasticsearch at http://127.0.0.1:1 could not check alias t-people: no answer", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(ApiKey, e.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ping_is_true_when_the_server_answers()
    {
        _server.Respond = _ => Canned.Ok("");

        Assert.True(await _index.PingAsync());
        Assert.Equal("HEAD /", Assert.Single(_server.Requests).ToString());
    }

    [Fact]
    public async Task Credentials_in_the_url_never_reach_the_address_or_messages()
    {
        var server = new FakeElasticsearch { Respond = _ => Canned.Answer(503, "{}") };
        await using var index = new ElasticsearchSearchIndex(new SearchIndexOptions { ElasticsearchUrl = "https://elastic:hunter2@es.example:9243", IndexPrefix = "t" }, server);

        var e = await Assert.ThrowsAsync<SearchBackendException>(() => index.PositionAsync());

        Assert.Equal("https://es.example:9243", index.Address);
        Assert.DoesNotContain("hunter2", e.Message, StringComparison.Ordinal);
        Assert.Null(Assert.Single(server.Requests).Authorization);
    }

    [Fact]
    public void A_missing_or_odd_url_is_refused_with_a_clear_message()
    {
        var e = Assert.Throws<SearchBackendException>(() => new ElasticsearchSearchIndex(new SearchIndexOptions { ElasticsearchUrl = null }));
        Assert.Contains("ElasticsearchUrl", e.Message);
        Assert.Throws<SearchBackendException>(() => new ElasticsearchSearchIndex(new SearchIndexOptions { ElasticsearchUrl = "ftp://es.example" }));
        Assert.Throws<SearchBackendException>(() => new ElasticsearchSearchIndex(new SearchIndexOptions { ElasticsearchUrl = "http://es.example:9200", IndexPrefix = "Q Live" }));
    }

    // ---------------------------------------------------------------- helpers

    private static readonly QueryPlan Sepsis = new("sepsis", [new QueryClause("sepsis", false, true, [])]);

    private const string EmptySearch = """{"took":1,"timed_out":false,"hits":{"total":{"value":0,"relation":"eq"},"max_score":null,"hits":[]},"aggregations":{}}""";

    private static PersonDocument Ada(long version) => new()
    {
        Id = "m-ada",
        Name = "Ada O'Neill",
        Role = MemberRole.Manager,
        RegionId = "wessex",
        OrganisationId = "o-1",
        OrganisationName = "Wessex Hospitals",
        OrganisationType = OrganisationType.AcuteProvider,
        Headline = new Restricted<string>("Improvement lead", Visibility.Public),
        Bio = new Restricted<string>("Leads sepsis screening with PDSA cycles.", Visibility.Members),
        Topics = new Restricted<IReadOnlyList<DocumentTopic>>([new DocumentTopic("sepsis", "Sepsis", TopicLevel.Expert, ["sepsis six"])], Visibility.Public),
        Version = version,
    };

    private static ResourceDocument CaseStudy(long version) => new()
    {
        Id = "r-1",
        Title = "Sepsis screening in A&E",
        Type = "case-study",
        Body = "What we learned.",
        Topics = [new DocumentTopic("sepsis", "Sepsis", TopicLevel.Practitioner, [])],
        Authors = [("m-ada", "Ada O'Neill")],
        Version = version,
    };

    private static string BulkOk(int count) =>
        new JsonObject
        {
            ["took"] = 2,
            ["errors"] = false,
            ["items"] = new JsonArray(Enumerable.Range(0, count).Select(i => (JsonNode)new JsonObject
            {
                ["index"] = new JsonObject { ["_index"] = "x", ["_id"] = $"d{i}", ["_version"] = 7, ["result"] = "created", ["status"] = 201 },
            }).ToArray()),
        }.ToJsonString();

    private static string Hits(IEnumerable<(string Id, long Version)> hits) =>
        new JsonObject
        {
            ["hits"] = new JsonObject
            {
                ["hits"] = new JsonArray(hits.Select(h => (JsonNode)new JsonObject
                {
                    ["_index"] = "t-people-1",
                    ["_id"] = h.Id,
                    ["_version"] = h.Version,
                    ["_score"] = null,
                    ["sort"] = new JsonArray(h.Id),
                }).ToArray()),
            },
        }.ToJsonString();

    private static string[] Strings(JsonNode? array) => array!.AsArray().Select(n => (string)n!).ToArray();

    /// <summary>The query ({"match": {field: {…, "_name": name}}}) named <paramref name="name"/> somewhere inside <paramref name="node"/>.</summary>
    private static JsonNode Named(JsonNode node, string name) =>
        Find(node, n => n is JsonObject o && o.Any(p => p.Value is JsonObject query
            && query.Any(f => f.Value is JsonObject field && (string?)field["_name"] == name))).Single();

    private static IEnumerable<JsonNode> Find(JsonNode node, Func<JsonNode, bool> predicate)
    {
        if (predicate(node)) yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
            foreach (var found in Find(child, predicate))
                yield return found;
    }

    /// <summary>Every term query in a filter, as "field=value", sorted.</summary>
    private static string[] Terms(JsonNode filter) =>
        Find(filter, n => n is JsonObject o && o["term"] is JsonObject)
            .Select(n => n["term"]!.AsObject().Single())
            .Select(p => $"{p.Key}={(string?)p.Value}")
            .Order(StringComparer.Ordinal)
            .ToArray();
}
