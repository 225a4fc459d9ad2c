namespace ClawDev.Core.Docstrings;

/// <summary>Finds the style markers of a docstring and decides which style wins.</summary>
internal static class StyleDetector
{
    // When families score the same, the one with the least ambiguous markers wins: an underlined NumPy header
    // or a :param: field is never accidental, a Google header sometimes is.
    private static readonly DocstringStyle[] TieOrder = [DocstringStyle.NumPy, DocstringStyle.Sphinx, DocstringStyle.Google];

    /// <summary>NumPy underlined headers, Sphinx fields and Google headers, in source order (Hugging Face entries are found while parsing).</summary>
    public static List<StyleEvidence> CollectMarkers(DocLines lines)
    {
        var evidence = new List<StyleEvidence>();
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
                    evidence.Add(new StyleEvidence(EvidenceKind.SphinxField, source.Span(marker.Start, marker.End)));
                }
            }
            else if (GoogleSyntax.TryHeader(lines, i, out var kind, out _) && GoogleSyntax.OpensSection(lines, i, kind))
            {
                var evidenceKind = kind.HasNamedEntries() || kind.IsReturnKind() || kind.IsExceptionKind()
                    ? EvidenceKind.GoogleSection
                    : EvidenceKind.GoogleProseSection;
                evidence.Add(new StyleEvidence(evidenceKind, lineSpan));
            }
            else if (NumPySyntax.IsHeader(lines, i) && NumPySyntax.KindOf(lines, i) != SectionKind.Other)
            {
                evidence.Add(new StyleEvidence(EvidenceKind.NumPySection, lineSpan));
            }
        }
        return evidence;
    }

    /// <summary>The family with the most evidence weight; ties go to <paramref name="preferred"/> when it is among them.</summary>
    public static StyleDetection Decide(List<StyleEvidence> evidence, DocstringStyle preferred)
    {
        if (evidence.Count == 0)
        {
            return StyleDetection.Plain;
        }
        evidence.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var detection = new StyleDetection(DocstringStyle.Plain, 1.0, evidence);
        var total = 0;
        var best = DocstringStyle.Plain;
        var bestScore = 0;
        foreach (var family in TieOrder)
        {
            var score = detection.Score(family);
            total += score;
            if (score > bestScore || (score == bestScore && score > 0 && family == StyleDetection.Family(preferred)))
            {
                best = family;
                bestScore = score;
            }
        }
        if (best == DocstringStyle.Google && evidence.Exists(static e => e.Kind == EvidenceKind.HuggingFaceEntry))
        {
            best = DocstringStyle.HuggingFace;
        }
        return detection with { Style = best, Confidence = (double)bestScore / total };
    }
}
