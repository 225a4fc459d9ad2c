using ClawDev.Core.Configuration.Resolution;
using Xunit;

namespace ClawDev.Core.Tests.Configuration;

public class FilePathTests
{
    [Theory]
    [InlineData("mod.py", "mod.py|/repo/mod.py|mod.py")]
    [InlineData("src/pkg/mod.py", "src|/repo/src|src", "src/pkg|/repo/src/pkg|pkg", "src/pkg/mod.py|/repo/src/pkg/mod.py|mod.py")]
    [InlineData("./a//b.py", "a|/repo/a|a", "a/|/repo/a/|", "a//b.py|/repo/a//b.py|b.py")]
    public void The_walk_from_the_root_gives_each_directory_then_the_file_with_its_absolute_path_and_name(string relative, params string[] expected)
    {
        var steps = new List<string>();
        var atFile = new List<bool>();
        var walk = FilePath.Under("/repo", relative).FromRoot();
        while (walk.MoveNext())
        {
            var step = walk.Current;
            steps.Add($"{step.Relative}|{step.Absolute}|{step.Name}");
            atFile.Add(walk.AtFile);
        }

        Assert.Equal(expected, steps);
        Assert.Equal(Enumerable.Range(0, expected.Length).Select(i => i == expected.Length - 1), atFile);
    }
}
