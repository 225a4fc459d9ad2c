using System.Text.Json;
using ClawDev.Core.Analysis;
using ClawDev.Core.Workspace;
using ClawDev.Server.Lsp.Diagnostics;

namespace ClawDev.Server.Reports;

/// <summary>
/// SARIF 2.1.0 as GitHub code scanning reads it: one run, the rules that have results (with descriptions and
/// help), results located by a URI relative to %SRCROOT% (the scanned root) with 1-based UTF-16 line/column,
/// partialFingerprints, and the scan's notes as tool notifications.
/// </summary>
public sealed class SarifReport(RuleCatalog rules) : IScanReport
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string SourceRootId = "%SRCROOT%";

    public void Write(WorkspaceScan scan, Stream output)
    {
        var ruleCodes = scan.Files.SelectMany(f => f.Findings).Select(f => f.Code).Distinct().Order(StringComparer.Ordinal).ToArray();
        using var json = new Utf8JsonWriter(output, JsonReport.WriterOptions);
        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        WriteTool(json, ruleCodes);
        WriteInvocation(json, scan);
        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject(SourceRootId);
        json.WriteString("uri", new Uri(Path.TrimEndingDirectorySeparator(scan.Root) + Path.DirectorySeparatorChar).AbsoluteUri);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteString("columnKind", "utf16CodeUnits");
        WriteResults(json, scan, ruleCodes);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }

    private void WriteTool(Utf8JsonWriter json, string[] ruleCodes)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", ProductInfo.Name);
        json.WriteString("version", ProductInfo.Version);
        json.WriteString("semanticVersion", ProductInfo.Version);
        json.WriteStartArray("rules");
        foreach (var code in ruleCodes)
        {
            WriteRule(json, code, rules.Find(code));
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter json, string code, RuleMetadata? rule)
    {
        json.WriteStartObject();
        json.WriteString("id", code);
        if (rule is not null)
        {
            json.WriteString("name", rule.Name);
            WriteMessage(json, "shortDescription", rule.Summary);
            WriteMessage(json, "fullDescription", rule.Description);
            json.WriteStartObject("help");
            json.WriteString("text", rule.Description);
            json.WriteString("markdown", rule.HelpMarkdown);
            json.WriteEndObject();
        }
        if (RuleDocumentation.LinkFor(code) is { } link)
        {
            json.WriteString("helpUri", link);
        }
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", "warning");
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteInvocation(Utf8JsonWriter json, WorkspaceScan scan)
    {
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", true);
        WriteNotifications(json, "toolExecutionNotifications", scan.Notes.Where(n => n.Kind != NoteKind.Configuration));
        WriteNotifications(json, "toolConfigurationNotifications", scan.Notes.Where(n => n.Kind == NoteKind.Configuration));
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteNotifications(Utf8JsonWriter json, string name, IEnumerable<ScanNote> notes)
    {
        json.WriteStartArray(name);
        foreach (var note in notes)
        {
            json.WriteStartObject();
            json.WriteString("level", note.Kind == NoteKind.InternalError ? "error" : "warning");
            WriteMessage(json, "message", note.Message);
            if (note.Path is not null)
            {
                json.WriteStartArray("locations");
                json.WriteStartObject();
                WriteArtifactLocation(json, note.Path);
                json.WriteEndObject();
                json.WriteEndArray();
            }
            json.WriteStartObject("descriptor");
            json.WriteString("id", JsonReport.NoteKindName(note.Kind));
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteResults(Utf8JsonWriter json, WorkspaceScan scan, string[] ruleCodes)
    {
        json.WriteStartArray("results");
        foreach (var file in scan.Files)
        {
            foreach (var finding in file.Findings)
            {
                WriteResult(json, file.RelativePath, finding, Array.BinarySearch(ruleCodes, finding.Code, StringComparer.Ordinal));
            }
            JsonFlushing.FlushWhenFull(json);
        }
        json.WriteEndArray();
    }

    private static void WriteResult(Utf8JsonWriter json, string path, Finding finding, int ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.Code);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", "warning");
        WriteMessage(json, "message", finding.Message);
        json.WriteStartArray("locations");
        json.WriteStartObject();
        WriteArtifactLocation(json, path, finding);
        json.WriteStartArray("logicalLocations");
        json.WriteStartObject();
        json.WriteString("fullyQualifiedName", finding.Symbol);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("partialFingerprints");
        json.WriteString(FindingFingerprint.Key, FindingFingerprint.Compute(path, finding));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteArtifactLocation(Utf8JsonWriter json, string path, Finding? finding = null)
    {
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", RelativeUri(path));
        json.WriteString("uriBaseId", SourceRootId);
        json.WriteEndObject();
        if (finding is not null)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", ReportLocation.Line(finding));
            json.WriteNumber("startColumn", ReportLocation.Column(finding));
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    /// <summary>A relative URI reference: each '/'-separated segment percent-encoded (spaces, '#', non-ASCII...).</summary>
    internal static string RelativeUri(string relativePath) =>
        string.Join('/', relativePath.Split('/').Select(Uri.EscapeDataString));
}
