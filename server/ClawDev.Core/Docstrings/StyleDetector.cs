namespace ClawDev.Core.Docstrings;

/// <summary>Finds the style markers of a docstring and decides which style wins.</summary>
internal static class StyleDetector
{
    // When families score the same, the one with the least ambiguous markers wins: an underlined NumPy header
    // or a :param: field is never accidental, a Google header sometimes is.
    private static readonly DocstringStyle[] TieOrder = [DocstringStyle.NumPy, DocstringStyle.Sphinx, DocstringStyle.Google];

    /// <summary>
    /// NumPy underlined headers, Sphinx fields and Google headers, in source order (Hugging Face entries are found
    /// while parsing); null when there are none, as for most docstrings.
    /// </summary>
    public static List<StyleEvidence>? CollectMarkers(DocLines lines)
    {
        List<StyleEvidence>? evidence = null;
        var source = lines.Source;
        var text = source.Text;
        for (var i = 0; i < lines.Count; i++)
        {
            ref readonly var line = ref lines[i];
            if (line.IsBlank)
            {
                continue;
            }
            var lineSpan = source.Span(line.TextStart, line.TextEnd);
            if (text[line.TextStart] == ':')
            {
                if (SphinxSyntax.TryField(lines, i, out var marker) && marker.Kind != SphinxFieldKind.Other)
                {
                    var documentsParameters = marker.Kind is SphinxFieldKind.Parameter or SphinxFieldKind.ParameterType or SphinxFieldKind.Keyword or SphinxFieldKind.KeywordType;
                    (evidence ??= []).Add(new StyleEvidence(EvidenceKind.SphinxField, source.Span(marker.Start, marker.End), documentsParameters));
                }
            }
            else if (GoogleSyntax.TryHeader(lines, i, out var kind, out _) && GoogleSyntax.OpensSection(lines, i, kind))
            {
                var evidenceKind = kind.HasNamedEntries() || kind.IsReturnKind() || kind.IsExceptionKind()
                    ? EvidenceKind.GoogleSection
                    : EvidenceKind.GoogleProseSection;
                (evidence ??= []).Add(new StyleEvidence(evidenceKind, lineSpan, kind.IsParameterKind()));
            }
            else if (NumPySyntax.IsHeader(lines, i) && NumPySyntax.KindOf(lines, i) is var numPyKind && numPyKind != SectionKind.Other)
            {
                (evidence ??= []).Add(new StyleEvidence(EvidenceKind.NumPySection, lineSpan, numPyKind.IsParameterKind()));
            }
        }
        return evidence;
    }

    /// <summary>The family with the most evidence weight; ties go to <paramref name="preferred"/> when it is among them.</summary>
    public static StyleDetection Decide(List<StyleEvidence> evidence, DocstringStyle preferred)
    {
        SortBySpanStart(evidence);
        var (family, score, total) = Winner(evidence, preferred);
        var style = family == DocstringStyle.Google && evidence.Exists(static e => e.Kind == EvidenceKind.HuggingFaceEntry)
            ? DocstringStyle.HuggingFace
            : family;
        return new StyleDetection(style, (double)score / total, evidence);
    }

    /// <summary>In source order, by insertion (a docstring has a few markers, nearly in order already): List.Sort over
    /// this value type would be compiled at every start, not ahead of time.</summary>
    private static void SortBySpanStart(List<StyleEvidence> evidence)
    {
        for (var i = 1; i < evidence.Count; i++)
        {
            var item = evidence[i];
            var j = i - 1;
            for (; j >= 0 && evidence[j].Span.Start > item.Span.Start; j--)
            {
                evidence[j + 1] = evidence[j];
            }
            evidence[j + 1] = item;
        }
    }

    /// <summary>
    /// The winning family (Google for both Google and Hugging Face), its score and the total score. The one family
    /// documenting parameters wins outright: torchtext's "Args:" with a ":return:" and ":rtype:" below is a Google
    /// docstring whose parameters are in its Args section, not a Sphinx one missing every ":param".
    /// </summary>
    public static (DocstringStyle Family, int Score, int Total) Winner(List<StyleEvidence> evidence, DocstringStyle preferred)
    {
        Span<int> scores = stackalloc int[TieOrder.Length];
        Span<bool> documentsParameters = stackalloc bool[TieOrder.Length];
        var total = 0;
        foreach (var item in evidence)
        {
            var family = Array.IndexOf(TieOrder, item.Family);
            scores[family] += item.Weight;
            documentsParameters[family] |= item.DocumentsParameters;
            total += item.Weight;
        }
        if (documentsParameters.Count(true) == 1)
        {
            var only = documentsParameters.IndexOf(true);
            return (TieOrder[only], scores[only], total);
        }
        var preferredFamily = StyleDetection.Family(preferred);
        var best = 0;
        for (var i = 1; i < TieOrder.Length; i++)
        {
            if (scores[i] > scores[best] || (scores[i] == scores[best] && TieOrder[i] == preferredFamily))
            {
                best = i;
            }
        }
        return (TieOrder[best], scores[best], total);
    }
}
