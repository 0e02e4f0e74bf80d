namespace Q.Jobs.Upkeep;

/// <summary>The work behind one job; the Quartz job, runJob and q jobs run all call it through <see cref="JobRunner"/>.</summary>
public interface IUpkeep
{
    /// <summary>Does the work once and says what it did in one line (counts); throws when it could not.</summary>
    Task<string> RunAsync(CancellationToken ct);
}
