using GraphQL;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;
using Q.Core.Ports;
using Q.GraphQL.Errors;
using Q.GraphQL.Hardening;
using Q.GraphQL.Loading;

namespace Q.GraphQL.Http;

/// <summary>
/// GraphQL over HTTP (the GraphQL-over-HTTP draft): POST with a JSON body, GET for queries only, content
/// negotiation between <c>application/graphql-response+json</c> and <c>application/json</c>, and the status codes
/// each of them calls for. Written here because GraphQL.Server.Transports.AspNetCore is not available to us.
/// </summary>
public sealed class GraphQLEndpoint(
    IDocumentExecuter<ISchema> executer, IGraphQLTextSerializer serializer, IGraphStore store, ILogger<GraphQLEndpoint> log)
{
    /// <summary>Larger bodies get 413: no sensible query is near this, and it bounds what one request can make us parse.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    /// <summary>The response media type the client accepts, or null after answering 406.</summary>
    private async Task<string?> NegotiateAsync(HttpContext http)
    {
        var mediaType = MediaTypes.Negotiate(http.Request.Headers.Accept);
        if (mediaType is null)
            await WriteErrorAsync(http, StatusCodes.Status406NotAcceptable, MediaTypes.Json,
                $"Accept must allow {MediaTypes.GraphQLResponse} or {MediaTypes.Json}.");
        return mediaType;
    }

    public async Task PostAsync(HttpContext http)
    {
        if (await NegotiateAsync(http) is not { } mediaType) return;
        if (!MediaTypes.IsJsonBody(http.Request.ContentType))
        {
            await WriteErrorAsync(http, StatusCodes.Status415UnsupportedMediaType, mediaType,
                $"The request body must be {MediaTypes.Json} (UTF-8).");
            return;
        }
        var body = await ReadBodyAsync(http.Request, http.RequestAborted);
        if (body is null)
        {
            await WriteErrorAsync(http, StatusCodes.Status413PayloadTooLarge, mediaType,
                $"The request body is larger than {MaxBodyBytes / 1024} KiB.");
            return;
        }
        GraphQLRequest request;
        try
        {
            request = GraphQLRequest.FromBody(body.Value, serializer);
        }
        catch (BadUserInputError error)
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, mediaType, error);
            return;
        }
        await ExecuteAsync(http, request, mediaType);
    }

    public async Task GetAsync(HttpContext http)
    {
        if (await NegotiateAsync(http) is not { } mediaType) return;
        GraphQLRequest request;
        try
        {
            request = GraphQLRequest.FromQueryString(http.Request.Query, serializer);
        }
        catch (BadUserInputError error)
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, mediaType, error);
            return;
        }
        // GET must be safe: a mutation over GET could be triggered by a link or a prefetch. Decide before executing.
        if (SelectedOperation(request.Query, request.OperationName) is OperationType.Mutation or OperationType.Subscription)
        {
            http.Response.Headers.Allow = "POST";
            await WriteErrorAsync(http, StatusCodes.Status405MethodNotAllowed, mediaType,
                "Only queries may be sent with GET; send mutations and subscriptions with POST.");
            return;
        }
        await ExecuteAsync(http, request, mediaType);
    }

    private async Task ExecuteAsync(HttpContext http, GraphQLRequest request, string mediaType)
    {
        var (viewer, refusal) = await RequestViewer.OfAsync(http, store);
        if (viewer is null)
        {
            // A bad token is never downgraded to anonymous: the client should know its credentials failed.
            http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            await WriteErrorAsync(http, StatusCodes.Status401Unauthorized, mediaType, AccessError.Unauthenticated(refusal!));
            return;
        }
        // Q has no subscriptions; answer that plainly rather than letting the executer fail on a missing root type.
        if (SelectedOperation(request.Query, request.OperationName) is OperationType.Subscription)
        {
            await WriteErrorAsync(http, mediaType == MediaTypes.GraphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK,
                mediaType, "Subscriptions are not supported.");
            return;
        }
        var context = new QUserContext(viewer, new RequestLoaders(store));
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            UserContext = context,
            CancellationToken = http.RequestAborted,
            // The client sees only "Internal error"; the operator needs the real cause. Client text is cleaned (LogText).
            UnhandledExceptionDelegate = context =>
            {
                log.LogError(context.Exception, "GraphQL field {Field} of operation {Operation} failed",
                    context.FieldContext?.FieldDefinition.Name, LogText.Clean(request.OperationName));
                return Task.CompletedTask;
            },
        });
        await context.Audit.FlushAsync(store, http.RequestAborted);
        if (Refusals.CodeOf(result) is { } refused)
            log.LogInformation("Refused GraphQL operation {Operation} from {Caller}: {Code}",
                LogText.Clean(request.OperationName), LogText.Clean(Caller.Of(http)), refused);
        // 400 for a document that never executed and 504 for a timeout under the new media type; 200 under the old.
        await WriteAsync(http, Refusals.Status(result, mediaType), mediaType, result);
    }

    /// <summary>The operation a request would run, or null when the document does not say (the executer reports why).</summary>
    internal static OperationType? SelectedOperation(string query, string? operationName)
    {
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query);
        }
        catch (Exception)
        {
            return null;
        }
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var selected = operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name is not null && o.Name.StringValue == operationName);
        return selected?.Operation;
    }

    /// <summary>The body, or null when it is larger than <see cref="MaxBodyBytes"/>.</summary>
    private static async Task<ReadOnlyMemory<byte>?> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxBodyBytes) return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    private Task WriteErrorAsync(HttpContext http, int status, string mediaType, string message) =>
        WriteErrorAsync(http, status, mediaType, new BadUserInputError(null, message));

    private Task WriteErrorAsync(HttpContext http, int status, string mediaType, ExecutionError error) =>
        WriteAsync(http, status, mediaType, new ExecutionResult(error));

    private async Task WriteAsync(HttpContext http, int status, string mediaType, ExecutionResult result)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = new MediaTypeHeaderValue(mediaType) { Charset = "utf-8" }.ToString();
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
