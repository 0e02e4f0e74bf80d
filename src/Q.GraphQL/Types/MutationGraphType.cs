using GraphQL;
using GraphQL.Types;
using Q.Core.Model;
using Q.Core.Privacy;
using Q.GraphQL.Access;
using Q.GraphQL.Errors;
using Q.GraphQL.Types.Jobs;
using Q.GraphQL.Types.Suggestions;

namespace Q.GraphQL.Types;

/// <summary>
/// Self-service for members (their own profile, settings, data and erasure) and the administrator's erasure.
/// Resolvers check the role, translate the input, and hand over to the Q.Core services that do the work.
/// </summary>
public sealed class MutationGraphType : ObjectGraphType
{
    public MutationGraphType(ProfileEditor editor, MemberErasure erasure, PersonalDataExport export)
    {
        Name = "Mutation";
        Description = "Changes. Each acts as the signed-in caller; a member can only ever change themselves.";

        Field<NonNullGraphType<MemberGraphType>>("updateMyProfile")
            .Description("Change your own profile (member role). Text is normalised and checked as on import; the change is audited.")
            .Argument<NonNullGraphType<ProfileInputGraphType>>("input", "The fields to change.")
            .ResolveAsync(async c => SuggestionFields.Changed(c, await Translate(() => editor.UpdateAsync(Require.Member(c), ProfileInput.Read(c), c.CancellationToken))));

        Field<NonNullGraphType<MemberGraphType>>("updateMyVisibility")
            .Description("Change who may see each part of your profile, and whether your employer may see you (member role). Each change is kept with its time.")
            .Argument<NonNullGraphType<VisibilityInputGraphType>>("input", "The settings to change.")
            .ResolveAsync(async c => SuggestionFields.Changed(c, await Translate(() => editor.UpdateVisibilityAsync(Require.Member(c), ProfileInput.ReadVisibility(c), c.CancellationToken))));

        Field<NonNullGraphType<StringGraphType>>("exportMyData")
            .Description("Everything Q holds about you, as one JSON document (member role): profile and settings, consents with their times, ties, projects, resources, suggestions and feedback, and audit entries about you.")
            .ResolveAsync(async c =>
            {
                var me = Require.Member(c);
                var document = await Translate(() => export.ExportAsync(me, c.CancellationToken));
                c.Audit().Record("data.export", me);
                return document.ToJsonString();
            });

        Field<NonNullGraphType<ErasureResultGraphType>>("eraseMe")
            .Description("Erase yourself from Q (member role): your profile, topics, ties, project roles, authorships, consents and every copy elsewhere in Q. It cannot be undone; your token stops working.")
            .ResolveAsync(async c => SuggestionFields.Changed(c, await erasure.EraseAsync(Require.Member(c), c.Viewer(), c.CancellationToken)));

        this.AddSuggestionMutations();

        Field<NonNullGraphType<ReindexResultGraphType>>("reindex")
            .Description("Rebuild the search index from the graph beside the live one and swap it in, without stopping searches (administrator role). Reports how far the old index had drifted.")
            .ResolveAsync(ReindexAsync);

        this.AddJobMutations();

        Field<NonNullGraphType<ErasureResultGraphType>>("eraseMember")
            .Description("Erase a member (administrator role), e.g. on a request received another way. Erasing someone already erased changes nothing.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The member's id.")
            .ResolveAsync(async c =>
            {
                Require.Admin(c);
                return SuggestionFields.Changed(c, await erasure.EraseAsync(c.GetArgument<string>("id"), c.Viewer(), c.CancellationToken));
            });
    }

    private static async Task<object?> ReindexAsync(IResolveFieldContext c)
    {
        Require.Admin(c);
        var indexer = c.RequestServices?.GetService(typeof(Q.Core.Search.SearchIndexer)) as Q.Core.Search.SearchIndexer
            ?? throw new InvalidOperationException("no search index is configured");
        var report = await indexer.RebuildAsync(c.CancellationToken);
        c.Audit().Record("search.reindex", null, $"position={report.Position}");
        return report;
    }

    /// <summary>Domain refusals become coded GraphQL errors naming the input field; nothing else is caught.</summary>
    private static async Task<T> Translate<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (InvalidChangeException e)
        {
            throw new BadUserInputError($"input.{e.Field}", e.Message);
        }
        catch (MemberNotFoundException e)
        {
            throw AccessError.NotFound(e.Message);
        }
    }
}
