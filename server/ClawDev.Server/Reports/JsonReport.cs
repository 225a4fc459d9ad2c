using System.Text.Encodings.Web;
using System.Text.Json;
using ClawDev.Core.Analysis;
using ClawDev.Core.Docstrings;
using ClawDev.Core.Workspace;

namespace ClawDev.Server.Reports;

/// <summary>
/// The report for programs, written with a Utf8JsonWriter (no reflection). Shape, version 1:
/// { version, root, listedBy, files{found,analysed,excluded,skipped},
///   docstringStyles{dominant,tie,share,counts{plain,google,hugging-face,numpy,sphinx}}, configuration[{key,value,source}],
///   findings[{path,line,column,code,symbol,message[,parameters]}],
///   coverage{total{total,documented,percent}, modules[{path,total,documented,percent,missing[]}]},
///   notes[{kind,path,message}], excluded[{path,reason}] }.
/// </summary>
public sealed class JsonReport : IScanReport
{
    public const int FormatVersion = 1;

    internal static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        // Paths and messages stay readable: only what JSON itself requires is escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public void Write(WorkspaceScan scan, Stream output)
    {
        using var json = new Utf8JsonWriter(output, WriterOptions);
        json.WriteStartObject();
        json.WriteNumber("version", FormatVersion);
        json.WriteString("root", scan.Root);
        json.WriteString("listedBy", scan.ListingMethod);
        WriteFileCounts(json, scan);
        WriteDocstringStyles(json, scan.DocstringStyles);
        WriteConfiguration(json, scan);
        WriteFindings(json, scan);
        WriteCoverage(json, scan);
        WriteNotes(json, scan);
        WriteExcluded(json, scan);
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }

    private static void WriteFileCounts(Utf8JsonWriter json, WorkspaceScan scan)
    {
        json.WriteStartObject("files");
        json.WriteNumber("found", scan.FilesFound);
        json.WriteNumber("analysed", scan.Files.Count);
        json.WriteNumber("excluded", scan.Excluded.Count);
        json.WriteNumber("skipped", scan.SkippedCount);
        json.WriteEndObject();
    }

    private static void WriteDocstringStyles(Utf8JsonWriter json, StyleCensusResult census)
    {
        json.WriteStartObject("docstringStyles");
        json.WriteString("dominant", DocstringStyleText.Name(census.Dominant));
        json.WriteBoolean("tie", census.IsTie);
        json.WriteNumber("share", Math.Round(census.Share, 3));
        json.WriteStartObject("counts");
        json.WriteNumber(DocstringStyleText.Name(DocstringStyle.Plain), census.Plain);
        json.WriteNumber(DocstringStyleText.Name(DocstringStyle.Google), census.Google);
        json.WriteNumber(DocstringStyleText.Name(DocstringStyle.HuggingFace), census.HuggingFace);
        json.WriteNumber(DocstringStyleText.Name(DocstringStyle.NumPy), census.NumPy);
        json.WriteNumber(DocstringStyleText.Name(DocstringStyle.Sphinx), census.Sphinx);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteConfiguration(Utf8JsonWriter json, WorkspaceScan scan)
    {
        json.WriteStartArray("configuration");
        foreach (var setting in scan.Settings)
        {
            json.WriteStartObject();
            json.WriteString("key", setting.Key);
            json.WriteString("value", setting.Value);
            json.WriteString("source", setting.Source);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteFindings(Utf8JsonWriter json, WorkspaceScan scan)
    {
        json.WriteStartArray("findings");
        foreach (var file in scan.Files)
        {
            foreach (var finding in file.Findings)
            {
                WriteFinding(json, file.RelativePath, finding);
            }
            JsonFlushing.FlushWhenFull(json);
        }
        json.WriteEndArray();
    }

    private static void WriteFinding(Utf8JsonWriter json, string path, Finding finding)
    {
        json.WriteStartObject();
        json.WriteString("path", path);
        json.WriteNumber("line", ReportLocation.Line(finding));
        json.WriteNumber("column", ReportLocation.Column(finding));
        json.WriteString("code", finding.Code);
        json.WriteString("symbol", finding.Symbol);
        json.WriteString("message", finding.Message);
        if (finding.Parameters.Count > 0)
        {
            WriteStrings(json, "parameters", finding.Parameters);
        }
        json.WriteEndObject();
    }

    private static void WriteCoverage(Utf8JsonWriter json, WorkspaceScan scan)
    {
        json.WriteStartObject("coverage");
        json.WriteStartObject("total");
        WriteCoverageFields(json, scan.TotalCoverage);
        json.WriteEndObject();
        json.WriteStartArray("modules");
        foreach (var file in scan.Files)
        {
            json.WriteStartObject();
            json.WriteString("path", file.RelativePath);
            WriteCoverageFields(json, file.Coverage);
            WriteStrings(json, "missing", file.Coverage.Missing);
            json.WriteEndObject();
            JsonFlushing.FlushWhenFull(json);
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteCoverageFields(Utf8JsonWriter json, ModuleCoverage coverage)
    {
        json.WriteNumber("total", coverage.Total);
        json.WriteNumber("documented", coverage.Documented);
        json.WriteNumber("percent", ReportLocation.RoundedPercent(coverage.Percent));
    }

    private static void WriteNotes(Utf8JsonWriter json, WorkspaceScan scan)
    {
        json.WriteStartArray("notes");
        foreach (var note in scan.Notes)
        {
            json.WriteStartObject();
            json.WriteString("kind", NoteKindName(note.Kind));
            if (note.Path is null)
            {
                json.WriteNull("path");
            }
            else
            {
                json.WriteString("path", note.Path);
            }
            json.WriteString("message", note.Message);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteExcluded(Utf8JsonWriter json, WorkspaceScan scan)
    {
        json.WriteStartArray("excluded");
        foreach (var excluded in scan.Excluded)
        {
            json.WriteStartObject();
            json.WriteString("path", excluded.Path);
            json.WriteString("reason", excluded.Reason);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }
        json.WriteEndArray();
    }

    /// <summary>The names JSON consumers see; fixed here so renaming the enum cannot change the format.</summary>
    internal static string NoteKindName(NoteKind kind) => kind switch
    {
        NoteKind.Listing => "listing",
        NoteKind.Configuration => "configuration",
        NoteKind.Skipped => "skipped",
        NoteKind.Decoding => "decoding",
        NoteKind.Syntax => "syntax",
        NoteKind.InternalError => "internal-error",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
