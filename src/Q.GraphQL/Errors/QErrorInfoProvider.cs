using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Errors.Custom;

namespace Q.GraphQL.Errors;

/// <summary>
/// Shapes every error Q sends. Client mistakes keep their message and get <c>BAD_USER_INPUT</c> (GraphQL.NET's own
/// code moves to <c>extensions.details</c>); anything else is masked as <c>INTERNAL</c> "Internal error", because
/// an exception's message, type, data or stack can hold SQL, paths or other members' data.
/// </summary>
public sealed class QErrorInfoProvider : IErrorInfoProvider
{
    public const string InternalMessage = "Internal error";

    public ErrorInfo GetInfo(ExecutionError executionError)
    {
        switch (executionError)
        {
            // Our own limits and refusals (QUERY_TOO_COMPLEX, FORBIDDEN, …) carry their code and safe message.
            case ICodedError coded:
                return new ErrorInfo { Message = coded.Message, Extensions = new Dictionary<string, object?>(coded.ClientExtensions) };

            case TimeoutError:
                return new ErrorInfo
                {
                    Message = "The request took too long and was stopped.",
                    Extensions = new Dictionary<string, object?> { ["code"] = ErrorCodes.Timeout },
                };

            case ComplexityError complexity:
                return new ErrorInfo
                {
                    Message = ClientMessage.Clean(complexity.Message),
                    Extensions = new Dictionary<string, object?> { ["code"] = ErrorCodes.QueryTooComplex },
                };

            case BadUserInputError bad:
                var extensions = new Dictionary<string, object?> { ["code"] = ErrorCodes.BadUserInput };
                if (bad.Argument is not null) extensions["argument"] = bad.Argument;
                return new ErrorInfo { Message = bad.Message, Extensions = extensions };

            case AccessError access:
                return new ErrorInfo { Message = access.Message, Extensions = new Dictionary<string, object?> { ["code"] = access.Code } };

            // Parse, validation and request errors (and input values that fail coercion) describe the client's
            // own document and variables, so their messages are safe and useful to send back.
            case DocumentError or RequestError or InvalidValueError:
                var details = new Dictionary<string, object?> { ["code"] = ErrorCodes.BadUserInput };
                if (executionError.Code is { } code) details["details"] = code;
                if (executionError is ValidationError { Number: { } rule }) details["rule"] = rule;
                return new ErrorInfo { Message = ClientMessage.Clean(executionError.Message), Extensions = details };

            default:
                return new ErrorInfo
                {
                    Message = InternalMessage,
                    Extensions = new Dictionary<string, object?> { ["code"] = ErrorCodes.Internal },
                };
        }
    }
}
