using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Q.Core.Jobs;
using Q.GraphQL.Access;
using Q.GraphQL.Errors;
using Q.GraphQL.Hardening;

namespace Q.GraphQL.Types.Jobs;

/// <summary><c>jobs</c> and <c>runJob</c>: the scheduled upkeep jobs, for administrators only.</summary>
public static class JobFields
{
    public static void AddJobFields(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<JobGraphType>>>>("jobs")
            .Description("The scheduled upkeep jobs with their schedules, last and next runs (administrator role). Empty when this server runs no jobs.")
            .WithListSize(5)
            .ResolveAsync(async c =>
            {
                Require.Admin(c);
                return Board(c) is { } board ? await board.ListAsync(c.CancellationToken) : [];
            });

    public static void AddJobMutations(this ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<JobGraphType>>("runJob")
            .Description("Run a scheduled job now (administrator role). It starts in the background — or, if a run of it is under way, right after that one: runs of one job never overlap. Answers the job's status; query jobs to follow it. An unknown name is NOT_FOUND.")
            .Argument<NonNullGraphType<StringGraphType>>("name", "The job: reindex, metrics-snapshot, suggestions-train, profile-freshness or digest.")
            .ResolveAsync(async c =>
            {
                Require.Admin(c);
                var name = c.GetArgument<string>("name");
                var board = Board(c) ?? throw AccessError.NotFound("This server runs no scheduled jobs.");
                try
                {
                    var status = await board.RunNowAsync(name, c.CancellationToken);
                    c.Audit().Record("job.run", null, $"job={status.Name}");
                    return status;
                }
                catch (UnknownJobException e)
                {
                    throw AccessError.NotFound(e.Message);
                }
            });

    private static IJobBoard? Board(IResolveFieldContext c) => c.RequestServices?.GetService<IJobBoard>();
}
