using System.Text.Encodings.Web;
using System.Text.Json;
using ClawDev.Core.Analysis;
using ClawDev.Core.Docstrings;
using ClawDev.Core.Library;
using ClawDev.Core.Workspace;

namespace ClawDev.Server.Reports;

/// <summary>
/// The report for programs, written with a Utf8JsonWriter (no reflection). Shape, version 1:
/// { version, root, listedBy, files{found,analysed,excluded,skipped},
///   profile{name,reason,source}, library{foundBy,packages[{name,path}]}, tools[{tool,source,role}],
///   habits{modules,packages,magicMethods,initMethods,parameterSections,classes,methods,functions: {documented,total,habit},
///     neverDocumentedMethodNames[{name,methods}], neverDocumentedFunctionNames[{name,functions}]},
///   docstringStyles{dominant,tie,share,counts{plain,google,hugging-face,numpy,sphinx}}, configuration[{key,value,source}],
///   findings[{path,module,line,column,code,symbol,message,exposure[,parameters][,copyOf{origin,outside}][,copies[{path,symbol,line}]]}],
///   counts{byCode{}, byExposure{}, withheld{}}, withheld[{path,line,code,symbol,kind,reason}],
///   coverage{total{total,documented,percent}, modules[{path,total,documented,percent,missing[]}]},
///   notes[{kind,path,message}], excluded[{path,reason,category}] }.
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

    // The names of what is written once per finding or module, encoded once: given as strings, the writer checks
    // and transcodes every name each time (a report of the python3.11 folder writes 128,000 findings).
    private static readonly JsonEncodedText PathName = Encoded("path");
    private static readonly JsonEncodedText ModuleName = Encoded("module");
    private static readonly JsonEncodedText LineName = Encoded("line");
    private static readonly JsonEncodedText ColumnName = Encoded("column");
    private static readonly JsonEncodedText CodeName = Encoded("code");
    private static readonly JsonEncodedText SymbolName = Encoded("symbol");
    private static readonly JsonEncodedText MessageName = Encoded("message");
    private static readonly JsonEncodedText ExposureName = Encoded("exposure");
    private static readonly JsonEncodedText ParametersName = Encoded("parameters");
    private static readonly JsonEncodedText TotalName = Encoded("total");
    private static readonly JsonEncodedText DocumentedName = Encoded("documented");
    private static readonly JsonEncodedText PercentName = Encoded("percent");
    private static readonly JsonEncodedText MissingName = Encoded("missing");

    private static readonly JsonEncodedText Public = Encoded(Exposures.Name(Exposure.Public));
    private static readonly JsonEncodedText Exported = Encoded(Exposures.Name(Exposure.Exported));
    private static readonly JsonEncodedText Rendered = Encoded(Exposures.Name(Exposure.Rendered));

    /// <summary>Escaped as the writer escapes (WriterOptions is initialised before the names above use it).</summary>
    private static JsonEncodedText Encoded(string text) => JsonEncodedText.Encode(text, WriterOptions.Encoder);

    public void Write(WorkspaceScan scan, Stream output)
    {
        using var json = new Utf8JsonWriter(output, WriterOptions);
        json.WriteStartObject();
        json.WriteNumber("version", FormatVersion);
        json.WriteString("root", scan.Root);
        json.WriteString("listedBy", scan.ListingMethod);
        WriteFileCounts(json, scan);
        WriteProfile(json, scan);
        WriteDocstringStyles(json, scan.DocstringStyles);
        WriteConfiguration(json, scan);
        WriteFindings(json, scan);
        WriteCounts(json, scan.Counts);
        WriteWithheld(json, scan);
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

    private static void WriteProfile(Utf8JsonWriter json, WorkspaceScan scan)
    {
        json.WriteStartObject("profile");
        json.WriteString("name", scan.Profile.Name);
        json.WriteString("reason", scan.Profile.Reason);
        json.WriteString("source", scan.Profile.Source);
        json.WriteEndObject();
        if (scan.Scope is { } scope)
        {
            json.WriteStartObject("library");
            json.WriteString("foundBy", scope.FoundBy);
            json.WriteStartArray("packages");
            foreach (var root in scope.Roots)
            {
                json.WriteStartObject();
                json.WriteString("name", root.Name);
                json.WriteString("path", root.IsWholeFolder ? "." : root.Path);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteStartArray("tools");
        foreach (var tool in scan.Tools)
        {
            json.WriteStartObject();
            json.WriteString("tool", tool.Tool);
            json.WriteString("source", tool.Source);
            json.WriteString("role", tool.Role);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        var habits = scan.Facts.Habits;
        json.WriteStartObject("habits");
        WriteShare(json, "modules", habits.Modules);
        WriteShare(json, "packages", habits.Packages);
        WriteShare(json, "magicMethods", habits.MagicMethods);
        WriteShare(json, "initMethods", habits.InitMethods);
        WriteShare(json, "parameterSections", habits.ParameterSections);
        WriteShare(json, "classes", habits.Classes, habits.RarelyDocumented("D101") is null);
        WriteShare(json, "methods", habits.Methods, habits.RarelyDocumented("D102") is null);
        WriteShare(json, "functions", habits.Functions, habits.RarelyDocumented("D103") is null);
        WriteNames(json, "neverDocumentedMethodNames", "methods", habits.NeverDocumentedNames());
        WriteNames(json, "neverDocumentedFunctionNames", "functions", habits.NeverDocumentedFamilies());
        json.WriteEndObject();
    }

    private static void WriteNames(Utf8JsonWriter json, string property, string count, IReadOnlyList<UndocumentedName> names)
    {
        json.WriteStartArray(property);
        foreach (var name in names)
        {
            json.WriteStartObject();
            json.WriteString("name", name.Name);
            json.WriteNumber(count, name.Definitions);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteShare(Utf8JsonWriter json, string name, Share share) => WriteShare(json, name, share, share.IsHabit);

    private static void WriteShare(Utf8JsonWriter json, string name, Share share, bool habit)
    {
        json.WriteStartObject(name);
        json.WriteNumber("documented", share.Documented);
        json.WriteNumber("total", share.Total);
        json.WriteBoolean("habit", habit);
        json.WriteEndObject();
    }

    private static void WriteCounts(Utf8JsonWriter json, FindingCounts counts)
    {
        json.WriteStartObject("counts");
        json.WriteStartObject("byCode");
        foreach (var (code, count) in counts.ByCode)
        {
            json.WriteNumber(code, count);
        }
        json.WriteEndObject();
        json.WriteStartObject("byExposure");
        foreach (var (exposure, count) in counts.ByExposure)
        {
            json.WriteNumber(Exposures.Name(exposure), count);
        }
        json.WriteEndObject();
        json.WriteStartObject("withheld");
        foreach (var (kind, count) in counts.Withheld)
        {
            json.WriteNumber(WithheldKindName(kind), count);
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteWithheld(Utf8JsonWriter json, WorkspaceScan scan)
    {
        json.WriteStartArray("withheld");
        foreach (var file in scan.Files)
        {
            foreach (var withheld in file.Withheld)
            {
                json.WriteStartObject();
                json.WriteString("path", file.RelativePath);
                json.WriteNumber("line", ReportLocation.Line(withheld.Finding));
                json.WriteString("code", withheld.Finding.Code);
                json.WriteString("symbol", withheld.Finding.Symbol);
                json.WriteString("kind", WithheldKindName(withheld.Kind));
                json.WriteString("reason", withheld.Reason);
                json.WriteEndObject();
            }
            JsonFlushing.FlushWhenFull(json);
        }
        json.WriteEndArray();
    }

    /// <summary>The names JSON consumers see for why a finding was withheld.</summary>
    internal static string WithheldKindName(WithholdingKind kind) => kind switch
    {
        WithholdingKind.NotAHabit => "not-a-habit",
        WithholdingKind.Inherited => "inherited",
        WithholdingKind.ReportedAtOrigin => "reported-at-origin",
        WithholdingKind.Deprecated => "deprecated",
        _ => "internal",
    };

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
            if (file.Findings.Count == 0)
            {
                continue;
            }
            // The same for each of the file's findings: escaped and transcoded once.
            var path = Encoded(file.RelativePath);
            var module = Encoded(file.ModuleName);
            foreach (var finding in file.Findings)
            {
                WriteFinding(json, path, module, finding);
            }
            JsonFlushing.FlushWhenFull(json);
        }
        json.WriteEndArray();
    }

    private static void WriteFinding(Utf8JsonWriter json, JsonEncodedText path, JsonEncodedText module, Finding finding)
    {
        json.WriteStartObject();
        json.WriteString(PathName, path);
        json.WriteString(ModuleName, module);
        json.WriteNumber(LineName, ReportLocation.Line(finding));
        json.WriteNumber(ColumnName, ReportLocation.Column(finding));
        json.WriteString(CodeName, finding.Code);
        json.WriteString(SymbolName, finding.Symbol);
        json.WriteString(MessageName, finding.Message);
        json.WriteString(ExposureName, finding.Exposure switch
        {
            Exposure.Rendered => Rendered,
            Exposure.Exported => Exported,
            _ => Public,
        });
        if (finding.Parameters.Count > 0)
        {
            WriteStrings(json, ParametersName, finding.Parameters);
        }
        if (finding.CopyOf is { } copy)
        {
            json.WriteStartObject("copyOf");
            json.WriteString("origin", copy.Origin);
            json.WriteBoolean("outside", copy.IsOutside);
            json.WriteEndObject();
        }
        if (finding.Copies.Count > 0)
        {
            json.WriteStartArray("copies");
            foreach (var location in finding.Copies)
            {
                json.WriteStartObject();
                json.WriteString("path", location.Path);
                json.WriteString("symbol", location.Symbol.Qualified);
                json.WriteNumber("line", location.Line + 1);
                json.WriteEndObject();
            }
            json.WriteEndArray();
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
            json.WriteString(PathName, file.RelativePath);
            WriteCoverageFields(json, file.Coverage);
            WriteStrings(json, MissingName, file.Coverage.Missing);
            json.WriteEndObject();
            JsonFlushing.FlushWhenFull(json);
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteCoverageFields(Utf8JsonWriter json, ModuleCoverage coverage)
    {
        json.WriteNumber(TotalName, coverage.Total);
        json.WriteNumber(DocumentedName, coverage.Documented);
        json.WriteNumber(PercentName, coverage.Percent);
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
            json.WriteString("category", ExclusionCategories.Name(excluded.Category));
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter json, JsonEncodedText name, IReadOnlyList<string> values)
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
