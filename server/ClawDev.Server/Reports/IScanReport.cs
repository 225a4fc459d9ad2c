using ClawDev.Core.Workspace;

namespace ClawDev.Server.Reports;

/// <summary>Renders a finished scan in one output format.</summary>
public interface IScanReport
{
    void Write(WorkspaceScan scan, Stream output);
}
