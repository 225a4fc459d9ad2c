using System.Text.Json;
using ClawDev.Core.MicroTasks;
using ClawDev.GitHub.Api;

namespace ClawDev.Server.Reports;

/// <summary>
/// `clawdev issues --format json`, written with a Utf8JsonWriter (no reflection). Shape, version 1:
/// { version, upstream{fullName,webUrl,source}, authenticated, notes[], cachedAgeSeconds?, problem?{kind,message,whatToDo,retryAfter?},
///   considered, items[{number,title,url,labels[],createdAt,updatedAt,comments,closeness,reasons[],claims[{kind,by,since,reason}]}],
///   microTasks[{object,isPattern,source,entry{path,line},definedAt?{path,line},detail?,action}], microTaskNotes[] }.
/// Times are ISO 8601 in UTC; lines are 1-based.
/// </summary>
internal static class IssuesJsonReport
{
    public const int FormatVersion = 1;

    public static void Write(IssuesReport report, Stream output)
    {
        using var json = new Utf8JsonWriter(output, JsonReport.WriterOptions);
        var about = report.Results.About;
        json.WriteStartObject();
        json.WriteNumber("version", FormatVersion);
        json.WriteStartObject("upstream");
        json.WriteString("fullName", about.Upstream.Upstream.FullName);
        json.WriteString("webUrl", about.Upstream.Upstream.WebUrl.AbsoluteUri);
        json.WriteString("source", about.Upstream.Detail);
        json.WriteEndObject();
        json.WriteBoolean("authenticated", about.Authenticated);
        WriteStrings(json, "notes", about.Notes);
        if (about.CachedAge is { } age)
        {
            json.WriteNumber("cachedAgeSeconds", (long)age.TotalSeconds);
        }
        if (about.Problem is { } problem)
        {
            WriteProblem(json, problem);
        }
        json.WriteNumber("considered", report.Results.Considered);
        json.WriteStartArray("items");
        foreach (var ranked in report.Results.Issues)
        {
            var issue = ranked.Issue;
            json.WriteStartObject();
            json.WriteNumber("number", issue.Number);
            json.WriteString("title", issue.Title);
            json.WriteString("url", issue.HtmlUrl.AbsoluteUri);
            WriteStrings(json, "labels", issue.Labels);
            json.WriteString("createdAt", issue.CreatedAt.UtcDateTime);
            json.WriteString("updatedAt", issue.UpdatedAt.UtcDateTime);
            json.WriteNumber("comments", issue.CommentCount);
            json.WriteNumber("closeness", ranked.Closeness);
            WriteStrings(json, "reasons", ranked.Reasons);
            json.WriteStartArray("claims");
            foreach (var claim in ranked.Claims)
            {
                json.WriteStartObject();
                json.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(claim.Kind.ToString()));
                json.WriteString("by", claim.Who);
                json.WriteString("since", claim.Date.UtcDateTime);
                json.WriteString("reason", claim.Reason);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        WriteMicroTasks(json, report.MicroTasks);
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }

    private static void WriteProblem(Utf8JsonWriter json, GitHubProblem problem)
    {
        json.WriteStartObject("problem");
        json.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(problem.Kind.ToString()));
        json.WriteString("message", problem.Message);
        json.WriteString("whatToDo", problem.WhatToDo);
        if (problem.RetryAfter is { } retryAfter)
        {
            json.WriteString("retryAfter", retryAfter.UtcDateTime);
        }
        json.WriteEndObject();
    }

    private static void WriteMicroTasks(Utf8JsonWriter json, MicroTaskList microTasks)
    {
        json.WriteStartArray("microTasks");
        foreach (var task in microTasks.Tasks)
        {
            json.WriteStartObject();
            json.WriteString("object", task.ObjectName);
            json.WriteBoolean("isPattern", task.IsPattern);
            json.WriteString("source", task.Source);
            WriteLocation(json, "entry", task.Entry);
            if (task.DefinedAt is { } definedAt)
            {
                WriteLocation(json, "definedAt", definedAt);
            }
            if (task.Detail is { } detail)
            {
                json.WriteString("detail", detail);
            }
            json.WriteString("action", task.Action.Sentence());
            json.WriteEndObject();
        }
        json.WriteEndArray();
        WriteStrings(json, "microTaskNotes", microTasks.Notes);
    }

    private static void WriteLocation(Utf8JsonWriter json, string name, SourceLocation location)
    {
        json.WriteStartObject(name);
        json.WriteString("path", location.Path);
        json.WriteNumber("line", location.Line);
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }
        json.WriteEndArray();
    }
}
