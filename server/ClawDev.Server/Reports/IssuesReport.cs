using ClawDev.Core.MicroTasks;
using ClawDev.GitHub.Issues;

namespace ClawDev.Server.Reports;

/// <summary>What `clawdev issues` reports: the ranked first issues and the repository's micro-tasks.</summary>
/// <param name="Now">When it was asked, for ages.</param>
internal sealed record IssuesReport(string Root, FirstIssueResults Results, MicroTaskList MicroTasks, DateTimeOffset Now);
