using Lucene.Net.Documents;
using Lucene.Net.Util;
using Q.Core.Model;
using Q.Core.Search;

namespace Q.Search.Lucene;

/// <summary>
/// Turns search documents into Lucene documents. Members-only parts go into the "_m" fields (text, filter ids and
/// facet doc values alike), so a query for the public never touches them. Text is stored only in the fields that
/// are highlighted; ids, versions, sort keys and facets live in doc values.
/// </summary>
internal static class DocumentMapper
{
    public static Document Person(PersonDocument p)
    {
        var doc = Common(SearchKind.Person, p.Id, p.Version, SortKeys.For(p.Name));
        doc.Add(new TextField("name", p.Name, Field.Store.YES));

        var role = Q.Core.Model.WireName<MemberRole>.Of(p.Role);
        doc.Add(new StringField(Fields.FilterRole, role, Field.Store.NO));
        doc.Add(new SortedDocValuesField(Fields.FacetRole, new BytesRef(role)));
        doc.Add(new TextField("role", Labels.Readable(role), Field.Store.NO));

        if (Region.Find(p.RegionId) is { } region)
        {
            doc.Add(new StringField(Fields.FilterRegion, region.Id, Field.Store.NO));
            doc.Add(new SortedDocValuesField(Fields.FacetRegion, new BytesRef(region.Id)));
            doc.Add(new TextField("region", region.Name, Field.Store.NO));
        }

        if (!string.IsNullOrEmpty(p.OrganisationId)) doc.Add(new StringField(Fields.FilterOrganisation, p.OrganisationId, Field.Store.NO));
        AddText(doc, "organisation", p.OrganisationName);
        if (p.OrganisationType is { } type)
        {
            var wire = Q.Core.Model.WireName<OrganisationType>.Of(type);
            doc.Add(new SortedDocValuesField(Fields.FacetOrganisationType, new BytesRef(wire)));
            doc.Add(new TextField("orgtype", Labels.Readable(wire), Field.Store.NO));
        }

        if (p.Headline is { Visibility: not Visibility.Private } headline) AddText(doc, "headline" + Suffix(headline.Visibility), headline.Value);
        if (p.Bio is { Visibility: not Visibility.Private } bio) AddText(doc, "bio" + Suffix(bio.Visibility), bio.Value);
        if (p.Topics is { Visibility: not Visibility.Private } topics)
        {
            var membersOnly = topics.Visibility != Visibility.Public;
            foreach (var topic in topics.Value) AddTopic(doc, topic, Fields.TopicField(topic.Level, membersOnly), Suffix(topics.Visibility));
        }
        foreach (var project in p.Projects) AddText(doc, "projects", project);
        foreach (var resource in p.Resources) AddText(doc, "resources", resource);
        return doc;
    }

    public static Document Resource(ResourceDocument r)
    {
        var doc = Common(SearchKind.Resource, r.Id, r.Version, SortKeys.For(r.Title));
        AddText(doc, "title", r.Title);
        AddText(doc, "body", r.Body);
        doc.Add(new StringField(Fields.FilterType, r.Type, Field.Store.NO));
        doc.Add(new SortedDocValuesField(Fields.FacetType, new BytesRef(r.Type)));
        doc.Add(new TextField("type", Labels.Readable(r.Type), Field.Store.NO));
        foreach (var topic in r.Topics) AddTopic(doc, topic, "topics", "");
        foreach (var (_, name) in r.Authors) AddText(doc, "authors", name);
        return doc;
    }

    /// <summary>What is left of a deleted document: its key and the version of the deletion, so an older upsert replayed later stays out.</summary>
    public static Document Tombstone(SearchKind kind, string id, long version)
    {
        var doc = new Document
        {
            new StringField(Fields.Key, Fields.KeyOf(kind, id), Field.Store.NO),
            new StringField(Fields.Kind, Fields.DeletedKind, Field.Store.NO),
            new BinaryDocValuesField(Fields.Id, new BytesRef(id)),
            new NumericDocValuesField(Fields.Version, version),
        };
        return doc;
    }

    private static Document Common(SearchKind kind, string id, long version, string sortKey) =>
    [
        new StringField(Fields.Key, Fields.KeyOf(kind, id), Field.Store.NO),
        new StringField(Fields.Kind, Fields.KindName(kind), Field.Store.NO),
        new BinaryDocValuesField(Fields.Id, new BytesRef(id)),
        new NumericDocValuesField(Fields.Version, version),
        // The id breaks ties between equal names, so the order is total and the same on every engine.
        new SortedDocValuesField(Fields.Sort, new BytesRef(sortKey + "\u0000" + id)),
    ];

    private static void AddTopic(Document doc, DocumentTopic topic, string field, string suffix)
    {
        var synonyms = topic.Synonyms.Where(s => !string.IsNullOrWhiteSpace(s)).ToArray();
        var text = synonyms.Length == 0 ? topic.Name : $"{topic.Name} ({string.Join(", ", synonyms)})";
        doc.Add(new TextField(field, text, Field.Store.YES));
        doc.Add(new StoredField(Fields.TopicNames(field), topic.Name));
        doc.Add(new StringField(Fields.FilterTopic + suffix, topic.TopicId, Field.Store.NO));
        doc.Add(new SortedSetDocValuesField(Fields.FacetTopic + suffix, new BytesRef(topic.TopicId + Fields.TopicLabelSeparator + topic.Name)));
    }

    private static void AddText(Document doc, string field, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text)) doc.Add(new TextField(field, text, Field.Store.YES));
    }

    /// <summary>Documents never hold private parts (the builder leaves them out, and this mapper drops any that slip through).</summary>
    private static string Suffix(Visibility visibility) => visibility == Visibility.Public ? "" : Fields.MembersSuffix;
}
