using System.Text;
using ClawDev.Core.Workspace;
using ClawDev.Server.Reports;

namespace ClawDev.Server.Tests.TestSupport;

internal static class ReportText
{
    public static string Render(IScanReport report, WorkspaceScan scan)
    {
        using var output = new MemoryStream();
        report.Write(scan, output);
        return Encoding.UTF8.GetString(output.ToArray());
    }
}
