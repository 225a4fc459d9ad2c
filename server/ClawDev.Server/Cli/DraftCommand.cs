using System.CommandLine;
using System.Globalization;
using System.Text;
using ClawDev.Core.Analysis;
using ClawDev.Core.Configuration;
using ClawDev.Core.Drafting;
using ClawDev.Core.Drafting.Grounding;
using ClawDev.Core.FileSystem;
using ClawDev.Core.Python;
using ClawDev.Core.Workspace;
using ClawDev.GitHub.Git;
using ClawDev.Server.Reports;

namespace ClawDev.Server.Cli;

/// <summary>
/// `clawdev draft FILE [--root DIR] [--symbol NAME | --line N] [--write]`: the drafts the editor's quick fixes
/// make for a file's findings — grounded on the whole repository, written in its style — printed with where every
/// drafted text comes from; with --write, saved into the file.
/// </summary>
internal sealed class DraftCommand
{
    private readonly Argument<string> _file = new("FILE") { Description = "The Python file to draft docstrings for." };

    private readonly Option<string?> _root = new("--root")
    {
        Description = "The repository the file belongs to (its configuration and documentation are read from there); default: the current directory when the file is in it, else the file's directory.",
        HelpName = "DIR",
    };

    private readonly Option<string?> _symbol = new("--symbol") { Description = "Only the findings of this definition (\"Trainer.train\").", HelpName = "NAME" };

    private readonly Option<string?> _line = new("--line") { Description = "Only the findings of the definition on this line (1-based).", HelpName = "N" };

    private readonly Option<bool> _write = new("--write") { Description = "Save the drafts into the file (UTF-8 files only) instead of only printing them." };

    public Command Build(CliStreams streams, CancellationToken cancellationToken)
    {
        var command = new Command("draft", "Draft the missing docstrings and parameter entries of a file from the repository's own documentation, and say where each text comes from.")
        {
            _file, _root, _symbol, _line, _write,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(_file)!,
            parseResult.GetValue(_root),
            parseResult.GetValue(_symbol),
            parseResult.GetValue(_line),
            parseResult.GetValue(_write),
            streams,
            cancellationToken));
        return command;
    }

    private static int Run(string file, string? rootOption, string? symbol, string? lineOption, bool write, CliStreams streams, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(file);
        if (!File.Exists(path))
        {
            return CliErrors.Io(streams, $"no such file: {file}");
        }
        int? line = null;
        if (lineOption is not null)
        {
            if (!int.TryParse(lineOption, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
            {
                return CliErrors.Usage(streams, $"--line: '{lineOption}' is not a line number", "draft");
            }
            line = number;
        }
        var root = rootOption is null ? DefaultRoot(path) : Path.GetFullPath(rootOption);
        var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
        if (!Directory.Exists(root) || relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return CliErrors.Io(streams, $"{file} is not inside the repository {rootOption ?? root}");
        }
        try
        {
            return Draft(root, relative, path, symbol, line, write, streams, cancellationToken);
        }
        catch (Exception e) when (CliErrors.IsIo(e))
        {
            return CliErrors.Io(streams, e.Message);
        }
    }

    private static int Draft(string root, string relative, string path, string? symbol, int? line, bool write, CliStreams streams, CancellationToken cancellationToken)
    {
        if (BoundedFile.ReadBytes(path, ProjectConfiguration.DefaultMaxFileSize, out var problem) is not { } bytes)
        {
            return CliErrors.Io(streams, $"cannot read {relative}: {problem}");
        }
        var decoded = SourceDecoder.Decode(bytes);
        var module = PythonParser.Parse(decoded.Text, cancellationToken);
        var configuration = ProjectConfiguration.Load(root);
        var settings = configuration.ForFile(relative);

        // The repository's documentation, as the language server indexes it.
        var scan = new WorkspaceScanner(new DirectoryWalker()).Scan(root, configuration, new ScanOptions { KeepModules = true }, cancellationToken);
        var workspace = ParameterDescriptionIndex.Of(scan);
        var moduleName = configuration.ModuleName(relative);
        // The last commit (read-only git) shows renames the working tree makes, for update-to-signature.
        var committed = new GitCommittedFiles(new GitCli(), root);
        var options = DraftingOptions.For(null, settings, scan.DocstringStyles, workspace, project: scan.Facts, moduleName: moduleName, committed: committed);
        var drafter = new DocstringDrafter(module, relative, settings, options);
        // The findings clawdev scan reports: what the whole repository knows applied (a gap reported at a copy's origin, a field a base class documents).
        var analysis = FindingResolver.Resolve(FileAnalyzer.Analyze(module, relative, settings, moduleName), scan.Facts, configuration.Profile.Profile);
        var findings = analysis.Findings
            .Where(f => DraftActions.For(f.Code) is not null && (symbol is null || f.Symbol == symbol) && (line is null || f.Line + 1 == line))
            .ToList();
        var output = streams.OutputText;
        // A definition asked for by name or line is drafted even when no rule reports it (its entries are checked all the same).
        var asked = symbol is null && line is null ? null
            : module.AllDefinitions().FirstOrDefault(d => d.QualifiedName == symbol || (line is not null && module.Lines.LineOf(d.KeywordOffset) + 1 == line));
        if (findings.Count == 0 && asked is null)
        {
            output.Write(TerminalText.Of($"{relative}: nothing to draft{(symbol ?? (line is null ? null : $"line {line}")) switch { null => "", var target => $" for {target}" }}\n"));
            return ExitCodes.Clean;
        }
        var drafted = findings.Count > 0 ? drafter.DocumentFile(findings)
            : asked!.Docstring is null ? drafter.DraftDocstring(asked) : drafter.DocumentMissingParameters(asked);
        if (!drafted.HasEdits)
        {
            output.Write(TerminalText.Of($"{relative}: nothing drafted: {drafted.Explanation}\n"));
            return ExitCodes.Failed;
        }
        // A fix at the origin of `# Copied from` copies goes to every copy, as the editor's quick fix does.
        var texts = new Dictionary<string, string?>(StringComparer.Ordinal) { [relative] = decoded.Text };
        string? ReadText(string path) => texts.TryGetValue(path, out var known) ? known : texts[path] = ReadPlainText(root, path, configuration.MaxFileSize);
        var carried = CopyPropagation.Carry(drafted, relative, moduleName, findings, ReadText, cancellationToken);
        var result = carried.Draft;
        var after = TextEdits.Apply(decoded.Text, result.Edits);
        WriteDrafts(output, relative, module, after, result);
        if (!write)
        {
            return ExitCodes.Clean;
        }
        if (!IsPlainUtf8(decoded, bytes))
        {
            return CliErrors.Io(streams, $"{relative} is not plain UTF-8 (encoding {decoded.Encoding}); not written, so nothing in it is lost");
        }
        File.WriteAllText(path, after, new UTF8Encoding(false));
        output.Write(TerminalText.Of($"Written to {relative}.\n"));
        foreach (var copy in carried.Others)
        {
            // Only files read as plain UTF-8 are carried (ReadPlainText): writing them back loses nothing.
            File.WriteAllText(Path.Combine(root, copy.Path), TextEdits.Apply(texts[copy.Path]!, copy.Edits), new UTF8Encoding(false));
            output.Write(TerminalText.Of($"Written to {copy.Path} (its copy).\n"));
        }
        return ExitCodes.Clean;
    }

    private static bool IsPlainUtf8(DecodedSource decoded, byte[] bytes) =>
        decoded.Encoding == "utf-8" && decoded.Problem is null && bytes.AsSpan().SequenceEqual(new UTF8Encoding(false).GetBytes(decoded.Text));

    /// <summary>Another file of the repository, when it is a regular file within the size limit in plain UTF-8 (so
    /// that writing it back changes only the edits); null otherwise, and its copy is left alone.</summary>
    private static string? ReadPlainText(string root, string relativePath, long maxFileSize)
    {
        if (BoundedFile.ReadBytes(Path.Combine(root, relativePath), maxFileSize, out _) is not { } bytes)
        {
            return null;
        }
        var decoded = SourceDecoder.Decode(bytes);
        return IsPlainUtf8(decoded, bytes) ? decoded.Text : null;
    }

    /// <summary>Each drafted docstring as it reads after the edits, with its line and where each of its texts comes from, then the notes.</summary>
    private static void WriteDrafts(TextWriter output, string relative, PythonModule before, string after, DraftResult result)
    {
        var edited = PythonParser.Parse(after);
        var shift = 0;
        var drafted = new List<(Docstring Docstring, List<Provenance> Parts)>();
        foreach (var edit in result.Edits)
        {
            // The edited text, after the edits before it: a new docstring starts inside it (after its indentation).
            var start = edit.Replace.Start + shift;
            var end = start + edit.NewText.Length;
            shift += edit.NewText.Length - edit.Replace.Length;
            bool Touches(Docstring docstring) => docstring.Span.Start <= end && start <= docstring.Span.End;
            var target = edited.AllDefinitions().Select(d => d.Docstring).OfType<Docstring>().FirstOrDefault(Touches)
                ?? (edited.Docstring is { } moduleDocstring && Touches(moduleDocstring) ? moduleDocstring : null);
            if (target is null)
            {
                continue;
            }
            if (drafted.FindIndex(d => d.Docstring.Span == target.Span) is var known and >= 0)
            {
                drafted[known].Parts.AddRange(result.PartsOf(edit));
                continue;
            }
            drafted.Add((target, [.. result.PartsOf(edit)]));
        }
        foreach (var (docstring, parts) in drafted)
        {
            var first = edited.Lines.LineOf(docstring.Span.Start);
            output.Write(TerminalText.Of($"{relative}:{first + 1}:\n"));
            var number = first;
            foreach (var text in after[edited.Lines.LineStart(first)..docstring.Span.End].Split('\n'))
            {
                output.Write(TerminalText.Of($"{++number,6} | {text.TrimEnd('\r')}\n"));
            }
            foreach (var part in parts)
            {
                output.Write(TerminalText.Of($"       <- {part}\n"));
            }
        }
        foreach (var note in result.Notes)
        {
            output.Write(TerminalText.Of($"Note: {note}\n"));
        }
        var placeholders = after.Split('\n').Count(Placeholder.MarksLine) - before.Text.Split('\n').Count(Placeholder.MarksLine);
        if (placeholders > 0)
        {
            output.Write($"{placeholders} line(s) still hold a {Placeholder.UnknownType} placeholder: nothing in the repository says what goes there yet.\n");
        }
        if (result.Explanation is { } explanation)
        {
            output.Write(TerminalText.Of($"Left out: {explanation}\n"));
        }
    }

    /// <summary>The current directory when the file is inside it, else the file's own directory.</summary>
    private static string DefaultRoot(string path)
    {
        var current = Directory.GetCurrentDirectory();
        return path.StartsWith(Path.TrimEndingDirectorySeparator(current) + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? current : Path.GetDirectoryName(path)!;
    }
}
