namespace Q.Core.Privacy;

/// <summary>A change the member asked for breaks a rule; <see cref="Field"/> names the input field at fault.</summary>
public sealed class InvalidChangeException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
