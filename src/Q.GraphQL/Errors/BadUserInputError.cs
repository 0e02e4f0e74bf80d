using GraphQL;

namespace Q.GraphQL.Errors;

/// <summary>An error the client caused and can fix, naming the argument (or request field) at fault.</summary>
public sealed class BadUserInputError : ExecutionError
{
    public BadUserInputError(string? argument, string message) : base(message)
    {
        Code = ErrorCodes.BadUserInput;
        Argument = argument;
    }

    /// <summary>The argument or request member at fault, e.g. <c>after</c>; sent as <c>extensions.argument</c>.</summary>
    public string? Argument { get; }
}
