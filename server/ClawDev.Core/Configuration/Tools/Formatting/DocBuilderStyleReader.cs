using System.Globalization;
using System.Text.RegularExpressions;
using ClawDev.Core.Configuration.Sources;

namespace ClawDev.Core.Configuration.Tools.Formatting;

/// <summary>
/// Whether the project restyles its docstrings with Hugging Face's doc-builder: a <c>doc-builder style</c> command in
/// its Makefile (<c>make style</c>, <c>make quality</c>'s <c>--check_only</c>) or its pre-commit hooks, as accelerate,
/// peft, diffusers and trl run it. It fills every docstring paragraph to its <c>--max_len</c>, so drafts are filled the
/// same way and to that width. Null when no such command is found.
/// </summary>
internal static partial class DocBuilderStyleReader
{
    public static DocBuilderStyle? Read(ConfigFiles files)
    {
        foreach (var runner in ProjectRoot.FormattingFileNames)
        {
            if (files.Text(runner) is not { } text)
            {
                continue;
            }
            var command = Command().Match(text);
            if (!command.Success)
            {
                continue;
            }
            var max = MaxLength().Match(command.Value);
            var maxLength = max.Success && int.TryParse(max.Groups["columns"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var columns) && columns is >= 1 and <= LineLengthReader.MaxLineLength
                ? new ConfiguredLineLength(columns, new ConfigSetting("line-length", columns.ToString(CultureInfo.InvariantCulture), $"{runner} (doc-builder style --max_len)"))
                : null;
            return new DocBuilderStyle(runner, maxLength);
        }
        return null;
    }

    /// <summary>"doc-builder style …" up to the end of its line.</summary>
    [GeneratedRegex(@"doc-builder style\b[^\n]*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Command();

    /// <summary>The command's "--max_len 119" (or "--max_len=119").</summary>
    [GeneratedRegex(@"--max_len[= ](?<columns>\d{1,4})\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex MaxLength();
}

/// <summary>The file that runs doc-builder's docstring styling, and the width it fills to when the command says.</summary>
internal sealed record DocBuilderStyle(string Source, ConfiguredLineLength? MaxLength);
