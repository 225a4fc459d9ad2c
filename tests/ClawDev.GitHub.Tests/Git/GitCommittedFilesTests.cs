using ClawDev.GitHub.Git;
using ClawDev.TestSupport;

namespace ClawDev.GitHub.Tests.Git;

public class GitCommittedFilesTests
{
    [Fact]
    public void Reads_the_last_committed_text_relative_to_a_workspace_folder_inside_the_repository()
    {
        using var repository = new GitRepository();
        repository.Write("src/pkg/mod.py", "def f(attempts):\n    pass\n");
        repository.Write("src/pkg/-dash.py", "x = 1\n");
        repository.CommitAll("initial");
        repository.Write("src/pkg/mod.py", "def f(retries):\n    pass\n");
        repository.Write("src/pkg/new.py", "y = 2\n");
        var committed = new GitCommittedFiles(new GitCli(), Path.Combine(repository.Path, "src"));

        Assert.Equal("def f(attempts):\n    pass\n", committed.TextOf("pkg/mod.py"));
        Assert.Equal("x = 1\n", committed.TextOf("pkg/-dash.py"));
        Assert.Null(committed.TextOf("pkg/new.py"));
        Assert.Null(committed.TextOf("pkg/missing.py"));
    }

    [Fact]
    public void Outside_a_repository_or_without_git_nothing_is_known()
    {
        using var folder = new TemporaryDirectory();
        folder.Write("mod.py", "x = 1\n");

        Assert.Null(new GitCommittedFiles(new GitCli(), folder.Path).TextOf("mod.py"));
        Assert.Null(new GitCommittedFiles(new GitCli("/nonexistent/git"), folder.Path).TextOf("mod.py"));
    }

    [Fact]
    public void A_committed_file_over_the_limit_is_not_read()
    {
        using var repository = new GitRepository();
        repository.Write("big.py", new string('#', (int)GitCommittedFiles.MaxBytes + 1));
        repository.CommitAll("initial");

        Assert.Null(new GitCommittedFiles(new GitCli(), repository.Path).TextOf("big.py"));
    }
}
