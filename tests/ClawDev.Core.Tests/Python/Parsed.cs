using ClawDev.Core.Python;

namespace ClawDev.Core.Tests.Python;

/// <summary>Shorthands for tests that parse a snippet and look at one definition.</summary>
internal static class Parsed
{
    public static PythonModule Module(string source) => PythonParser.Parse(source);

    public static Definition Definition(string source, string qualifiedName) => Module(source).Find(qualifiedName);

    public static Definition Find(this PythonModule module, string qualifiedName) =>
        module.AllDefinitions().Single(d => d.QualifiedName == qualifiedName);

    /// <summary>Every definition as "QualifiedName: header", in source order.</summary>
    public static string[] Outline(string source) =>
        Module(source).AllDefinitions().Select(d => $"{d.QualifiedName}: {OutlineDump.Header(d)}").ToArray();

    public static string Text(this PythonModule module, TextSpan span) => module.Text.Substring(span.Start, span.Length);
}
