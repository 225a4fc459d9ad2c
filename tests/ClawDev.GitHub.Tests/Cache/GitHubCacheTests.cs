using ClawDev.GitHub.Cache;
using ClawDev.TestSupport;
using Microsoft.Data.Sqlite;

namespace ClawDev.GitHub.Tests.Cache;

public sealed class GitHubCacheTests
{
    private static readonly CacheScope Scope = new("api.github.com", "huggingface/transformers");
    private static readonly DateTimeOffset Fetched = new(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);

    private static CachedResponse Entry(string url, string body = "[]") => new("issues", url, body, "\"etag\"", null, Fetched);

    [Fact]
    public void Stores_and_finds_per_upstream()
    {
        using var folder = new TemporaryDirectory();
        var cache = GitHubCache.Open(folder.Combine("c/cache.sqlite"));

        cache.Store(Scope, Entry("https://api.github.com/repos/huggingface/transformers/issues", "[1]"));

        Assert.Equal(Entry("https://api.github.com/repos/huggingface/transformers/issues", "[1]"), cache.Find(Scope, "https://api.github.com/repos/huggingface/transformers/issues"));
        Assert.Null(cache.Find(Scope with { Repository = "pytorch/pytorch" }, "https://api.github.com/repos/huggingface/transformers/issues"));
        Assert.Null(cache.Find(Scope with { ApiHost = "ghe.example.com" }, "https://api.github.com/repos/huggingface/transformers/issues"));
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public void A_304_moves_the_fetch_time_forward()
    {
        using var folder = new TemporaryDirectory();
        var cache = GitHubCache.Open(folder.Combine("cache.sqlite"));
        cache.Store(Scope, Entry("u"));

        cache.MarkFresh(Scope, "u", Fetched.AddHours(5));

        Assert.Equal(Fetched.AddHours(5), cache.Find(Scope, "u")!.FetchedAt);
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public void A_file_that_is_no_database_is_moved_aside_and_rebuilt()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.Write("cache.sqlite", "this is not a SQLite database, just text that got here somehow ...........");

        var cache = GitHubCache.Open(path);
        cache.Store(Scope, Entry("u"));

        Assert.NotNull(cache.Find(Scope, "u"));
        Assert.Contains("moved to", cache.OpenNote);
        var aside = Assert.Single(Directory.GetFiles(folder.Path, "cache.sqlite.corrupt-*"));
        Assert.StartsWith("this is not a SQLite database", File.ReadAllText(aside));
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public void A_cache_of_another_schema_version_is_rebuilt()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.Combine("cache.sqlite");
        using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE responses (old TEXT); PRAGMA user_version = 99;";
            command.ExecuteNonQuery();
        }

        var cache = GitHubCache.Open(path);
        cache.Store(Scope, Entry("u"));

        Assert.Equal("[]", cache.Find(Scope, "u")!.Body);
        Assert.Null(cache.OpenNote);
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task Concurrent_writers_and_readers_on_one_file_lose_nothing()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.Combine("cache.sqlite");
        // Two instances, as two ClawDev processes (CLI and language server) would have.
        var caches = new[] { GitHubCache.Open(path), GitHubCache.Open(path) };

        await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(() =>
        {
            for (var i = 0; i < 25; i++)
            {
                var url = $"https://api.github.com/x/{worker}/{i}";
                caches[worker % 2].Store(Scope, Entry(url, $"[{worker},{i}]"));
                Assert.Equal($"[{worker},{i}]", caches[(worker + 1) % 2].Find(Scope, url)!.Body);
            }
        })));

        Assert.All(Enumerable.Range(0, 8), worker => Assert.NotNull(caches[0].Find(Scope, $"https://api.github.com/x/{worker}/24")));
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public void A_cache_that_cannot_be_opened_is_none_with_the_reason()
    {
        using var folder = new TemporaryDirectory();
        // A file where the cache's folder should be: the folder cannot be created.
        folder.Write("blocked", "not a folder");

        var cache = GitHubCache.TryOpen(folder.Combine("blocked/cache.sqlite"), out var problem);

        Assert.Null(cache);
        Assert.StartsWith($"the GitHub cache {folder.Combine("blocked/cache.sqlite")} cannot be opened (", problem);
        Assert.EndsWith("GitHub answers are not cached", problem);
    }

    [Fact]
    public void A_cache_that_opens_has_no_problem()
    {
        using var folder = new TemporaryDirectory();

        var cache = GitHubCache.TryOpen(folder.Combine("c/cache.sqlite"), out var problem);

        Assert.NotNull(cache);
        Assert.Null(problem);
        SqliteConnection.ClearAllPools();
    }
}
