using ClawDev.Server.Cli;

namespace ClawDev.Server.Tests.Cli;

/// <summary>Which exceptions mean that clawdev's own installation is damaged (tests/install/run.sh breaks a real one).</summary>
public class DamagedInstallationTests
{
    [Fact]
    public void An_assembly_that_cannot_be_loaded_is_named()
    {
        const string displayName = "ClawDev.Core, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null";

        Assert.Equal("ClawDev.Core", DamagedInstallation.DamagedAssembly(new FileNotFoundException("Could not load file or assembly", displayName)));
        Assert.Equal("ClawDev.Core", DamagedInstallation.DamagedAssembly(new FileLoadException("Could not load file or assembly", displayName)));
        Assert.Equal("ClawDev.Core", DamagedInstallation.DamagedAssembly(new BadImageFormatException("Bad IL format", displayName)));
    }

    [Fact]
    public void A_missing_user_file_or_any_other_failure_is_not_a_damaged_installation()
    {
        Assert.Null(DamagedInstallation.DamagedAssembly(new FileNotFoundException("not found", "/home/me/project/setup.cfg")));
        Assert.Null(DamagedInstallation.DamagedAssembly(new FileNotFoundException("not found")));
        Assert.Null(DamagedInstallation.DamagedAssembly(new InvalidOperationException("ClawDev.Core, Version=1.0.0.0")));
    }
}
