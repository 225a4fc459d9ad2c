namespace ClawDev.Core.Python;

/// <summary>A half-open range [Start, End) of UTF-16 offsets into a decoded source text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(int offset) => offset >= Start && offset < End;

    public override string ToString() => $"[{Start}..{End})";
}
