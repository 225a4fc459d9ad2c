using ClawDev.Core.Configuration;
using ClawDev.TestSupport;

namespace ClawDev.Core.Tests.Configuration;

/// <summary>Configuration files that are not files: a named pipe or a device is never read (reading would block or never
/// end); it is reported as a problem and the rest of the configuration applies.</summary>
public class ConfigurationTrapTests
{
    private static ProjectConfiguration Load(TemporaryDirectory tree) => WorkspaceTraps.Within(20, () => ProjectConfiguration.Load(tree.Path));

    [Fact]
    public void A_named_pipe_as_pyproject_toml_is_a_problem_and_the_defaults_apply()
    {
        using var tree = new TemporaryDirectory();
        tree.MakeNamedPipe("pyproject.toml");
        tree.Write("setup.cfg", "[pydocstyle]\nconvention = numpy\n");

        var configuration = Load(tree);

        Assert.Equal(["pyproject.toml: is not a regular file (a named pipe (FIFO)); it is ignored."], configuration.Problems);
        Assert.Contains(configuration.Settings, s => s.Key == "convention" && s.Value == "numpy");
    }

    [Fact]
    public void A_named_pipe_as_ruffs_extend_target_is_a_problem_and_the_extending_file_still_applies()
    {
        using var tree = new TemporaryDirectory();
        tree.Write("ruff.toml", "extend = \"base.toml\"\n[lint]\nselect = [\"D103\"]\n");
        tree.MakeNamedPipe("base.toml");

        var configuration = Load(tree);

        Assert.Equal(["base.toml: is not a regular file (a named pipe (FIFO)); it is ignored."], configuration.Problems);
        Assert.Contains("D103", configuration.ForFile("a.py").EnabledCodes);
        Assert.DoesNotContain("D102", configuration.ForFile("a.py").EnabledCodes);
    }

    [Fact]
    public void Extending_dev_zero_is_a_problem_not_an_endless_read()
    {
        using var tree = new TemporaryDirectory();
        tree.Write("ruff.toml", "extend = \"/dev/zero\"\n[lint]\nselect = [\"D103\"]\n");

        var configuration = Load(tree);

        var problem = Assert.Single(configuration.Problems);
        Assert.EndsWith("dev/zero: is not a regular file (a character device); it is ignored.", problem);
        Assert.Contains("D103", configuration.ForFile("a.py").EnabledCodes);
    }

    [Fact]
    public void A_configuration_file_over_the_size_limit_is_not_read()
    {
        using var tree = new TemporaryDirectory();
        tree.Write("ruff.toml", "extend = \"huge.toml\"\n");
        tree.Write("huge.toml", "# " + new string('x', 5 * 1024 * 1024) + "\n");

        var configuration = Load(tree);

        Assert.Equal(["huge.toml: is too large for a configuration file (5 MiB is more than the 4 MiB limit); it is ignored."], configuration.Problems);
    }
}
