using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace Q.Graph.Sqlite;

/// <summary>
/// A statement prepared once and run for many rows: the parameters are the <c>$names</c> in the SQL, bound
/// in the order they first appear. Values always travel as parameters, never inside the SQL text.
/// </summary>
internal sealed partial class Prepared : IDisposable
{
    private readonly SqliteCommand _command;
    private readonly SqliteParameter[] _parameters;

    public Prepared(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        _command = connection.CreateCommand();
        _command.CommandText = sql;
        _command.Transaction = transaction;
        _parameters = ParameterName().Matches(sql).Select(m => m.Value).Distinct()
            .Select(name => _command.Parameters.Add(new SqliteParameter { ParameterName = name })).ToArray();
    }

    public int Execute(params object?[] values)
    {
        Bind(values);
        return _command.ExecuteNonQuery();
    }

    public SqliteDataReader Read(params object?[] values)
    {
        Bind(values);
        return _command.ExecuteReader();
    }

    public object? Scalar(params object?[] values)
    {
        Bind(values);
        return _command.ExecuteScalar();
    }

    private void Bind(object?[] values)
    {
        if (values.Length != _parameters.Length)
            throw new ArgumentException($"statement takes {_parameters.Length} values, got {values.Length}");
        for (var i = 0; i < values.Length; i++) _parameters[i].Value = values[i] ?? DBNull.Value;
    }

    public void Dispose() => _command.Dispose();

    [GeneratedRegex(@"\$[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex ParameterName();
}
