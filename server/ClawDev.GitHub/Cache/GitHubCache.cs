using Microsoft.Data.Sqlite;

namespace ClawDev.GitHub.Cache;

/// <summary>
/// The embedded store of GitHub answers (SQLite), per upstream: response bodies with their ETag, Link header and
/// fetch time, so that lists are revalidated with conditional requests and served when GitHub cannot be asked.
/// One connection per operation (pooled) and WAL journaling make it safe for concurrent use, also from several
/// processes. A file that is not a readable cache is moved aside and rebuilt: a cache is never worth a crash.
/// </summary>
public sealed class GitHubCache
{
    /// <summary>Bump when the schema changes; an older (or newer) cache is dropped and rebuilt.</summary>
    public const int SchemaVersion = 1;

    private readonly string _connectionString;

    private GitHubCache(string path)
    {
        Path = path;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 10,
        }.ToString();
    }

    public string Path { get; }

    /// <summary>What happened while opening, for the log (e.g. a corrupt file that was moved aside).</summary>
    public string? OpenNote { get; private set; }

    /// <summary>
    /// Opens the cache, or says why it cannot be: the folder cannot be written, the file is locked or unreadable,
    /// or SQLite's native library is missing on this platform. Without a cache every answer comes fresh from GitHub
    /// and nothing is offered offline; nothing else is lost.
    /// </summary>
    public static GitHubCache? TryOpen(string path, out string? problem)
    {
        try
        {
            problem = null;
            return Open(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SqliteException or DllNotFoundException or TypeInitializationException)
        {
            problem = $"the GitHub cache {path} cannot be opened ({e.Message}); GitHub answers are not cached";
            return null;
        }
    }

    /// <summary>Opens (or creates) the cache file at <paramref name="path"/>; the caller chooses where.</summary>
    public static GitHubCache Open(string path)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        var cache = new GitHubCache(path);
        try
        {
            cache.EnsureSchema();
        }
        catch (SqliteException e)
        {
            SqliteConnection.ClearAllPools();
            var aside = $"{path}.corrupt-{DateTime.UtcNow:yyyyMMddHHmmss}";
            MoveAside(path, aside);
            cache.EnsureSchema();
            cache.OpenNote = $"The GitHub cache could not be read ({e.SqliteErrorCode}: {e.Message}); it was moved to {aside} and rebuilt.";
        }
        return cache;
    }

    private static void MoveAside(string path, string aside)
    {
        File.Move(path, aside, overwrite: true);
        foreach (var suffix in new[] { "-wal", "-shm" })
        {
            if (File.Exists(path + suffix))
            {
                File.Move(path + suffix, aside + suffix, overwrite: true);
            }
        }
    }

    private void EnsureSchema()
    {
        using var connection = Connect();
        using var check = connection.CreateCommand();
        // Reading the version and checking the file make a non-database or damaged file fail here, not later.
        check.CommandText = "PRAGMA user_version";
        var version = Convert.ToInt32(check.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        check.CommandText = "PRAGMA quick_check";
        if (check.ExecuteScalar() as string != "ok")
        {
            throw new SqliteException("quick_check failed", 11);
        }
        if (version == SchemaVersion)
        {
            return;
        }
        using var transaction = connection.BeginTransaction();
        using var create = connection.CreateCommand();
        create.Transaction = transaction;
        create.CommandText = $"""
            DROP TABLE IF EXISTS responses;
            CREATE TABLE responses (
                api_host   TEXT NOT NULL,
                repository TEXT NOT NULL,
                kind       TEXT NOT NULL,
                url        TEXT NOT NULL,
                body       TEXT NOT NULL,
                etag       TEXT,
                link       TEXT,
                fetched_at INTEGER NOT NULL,
                PRIMARY KEY (api_host, repository, url)
            );
            PRAGMA user_version = {SchemaVersion};
            """;
        create.ExecuteNonQuery();
        transaction.Commit();
    }

    private SqliteConnection Connect()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var pragmas = connection.CreateCommand();
        pragmas.CommandText = "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 10000;";
        pragmas.ExecuteNonQuery();
        return connection;
    }

    public CachedResponse? Find(CacheScope scope, string url)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT kind, body, etag, link, fetched_at FROM responses WHERE api_host = $host AND repository = $repository AND url = $url";
        AddScope(command, scope);
        command.Parameters.AddWithValue("$url", url);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }
        return new CachedResponse(
            reader.GetString(0),
            url,
            reader.GetString(1),
            reader.IsDBNull(2) ? null : reader.GetString(2),
            reader.IsDBNull(3) ? null : reader.GetString(3),
            DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4)));
    }

    public void Store(CacheScope scope, CachedResponse response)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO responses (api_host, repository, kind, url, body, etag, link, fetched_at)
            VALUES ($host, $repository, $kind, $url, $body, $etag, $link, $fetched)
            ON CONFLICT (api_host, repository, url) DO UPDATE SET
                kind = excluded.kind, body = excluded.body, etag = excluded.etag, link = excluded.link, fetched_at = excluded.fetched_at
            """;
        AddScope(command, scope);
        command.Parameters.AddWithValue("$kind", response.Kind);
        command.Parameters.AddWithValue("$url", response.Url);
        command.Parameters.AddWithValue("$body", response.Body);
        command.Parameters.AddWithValue("$etag", (object?)response.ETag ?? DBNull.Value);
        command.Parameters.AddWithValue("$link", (object?)response.Link ?? DBNull.Value);
        command.Parameters.AddWithValue("$fetched", response.FetchedAt.ToUnixTimeMilliseconds());
        command.ExecuteNonQuery();
    }

    /// <summary>Records that a 304 confirmed the entry: it is as fresh as now.</summary>
    public void MarkFresh(CacheScope scope, string url, DateTimeOffset at)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE responses SET fetched_at = $fetched WHERE api_host = $host AND repository = $repository AND url = $url";
        AddScope(command, scope);
        command.Parameters.AddWithValue("$url", url);
        command.Parameters.AddWithValue("$fetched", at.ToUnixTimeMilliseconds());
        command.ExecuteNonQuery();
    }

    private static void AddScope(SqliteCommand command, CacheScope scope)
    {
        command.Parameters.AddWithValue("$host", scope.ApiHost);
        command.Parameters.AddWithValue("$repository", scope.Repository);
    }
}
