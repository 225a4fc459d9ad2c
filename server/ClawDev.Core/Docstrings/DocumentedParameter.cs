using ClawDev.Core.Python;

namespace ClawDev.Core.Docstrings;

/// <summary>One parameter name a docstring documents.</summary>
/// <param name="Name">Normalised as the signature writes it: "args" for "*args", "kwargs" for "\*\*kwargs".</param>
/// <param name="WrittenName">As the docstring writes it.</param>
/// <param name="NameSpan">Where <paramref name="WrittenName"/> stands in the file.</param>
/// <param name="Entry">The entry documenting it (shared by "x1, x2 : int").</param>
/// <param name="Section">The section holding the entry.</param>
public sealed record DocumentedParameter(string Name, string WrittenName, TextSpan NameSpan, DocEntry Entry, DocSection Section);
