using Q.Demo;
using Q.Suggest;

namespace Q.Suggest.Tests;

/// <summary>A seeded 2,000-member demo community (dated ties 2015–2026) and the model trained on it, shared by the tests.</summary>
public sealed class DemoFixture : IDisposable
{
    public const int Size = 2000;
    public DemoCommunity Demo { get; } = DemoCommunity.Generate(Size, seed: 5);
    public Community Community { get; }
    public string DataDir { get; } = Directory.CreateTempSubdirectory("q-suggest-").FullName;
    private readonly Lazy<TrainingReport> _report;

    public DemoFixture()
    {
        Community = new Community(Demo.Members, Demo.Organisations, Demo.Projects, Demo.Connections, Demo.Topics);
        _report = new Lazy<TrainingReport>(() => Training.Run(Community, new ModelStore(DataDir)));
    }

    public TrainingReport Report => _report.Value;

    public void Dispose()
    {
        try { Directory.Delete(DataDir, recursive: true); } catch (IOException) { }
    }
}
