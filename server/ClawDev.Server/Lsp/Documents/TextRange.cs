using ClawDev.Server.Lsp.Protocol;
using Range = ClawDev.Server.Lsp.Protocol.Range;

namespace ClawDev.Server.Lsp.Documents;

/// <summary>
/// A range in the negotiated position encoding as four numbers: the workspace index keeps hundreds of thousands
/// of them, and three objects each (a <see cref="Range"/> and its two positions) would triple what they cost.
/// </summary>
internal readonly record struct TextRange(int StartLine, int StartCharacter, int EndLine, int EndCharacter)
{
    public Range ToProtocol() => new(new Position(StartLine, StartCharacter), new Position(EndLine, EndCharacter));
}
