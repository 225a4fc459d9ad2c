namespace ClawDev.Core.Configuration.Codes;

/// <summary>Ruff's rule-selection algorithm (<c>LintConfiguration::as_rule_table</c>), over any code registry.</summary>
internal static class RuleSelectionResolver
{
    /// <summary>The enabled codes after applying <paramref name="layers"/> in order to <paramref name="initial"/>.</summary>
    /// <returns>The enabled codes, and the codes the last replacing layer and later layers selected by their full code
    /// (ruff keeps those even when the docstring convention would disable them).</returns>
    public static (HashSet<string> Enabled, HashSet<string> SelectedByCode) Resolve(
        IEnumerable<string> initial, IEnumerable<RuleSelection> layers, CodeRegistry registry)
    {
        var enabled = new HashSet<string>(initial, StringComparer.Ordinal);
        var selectedByCode = new HashSet<string>(StringComparer.Ordinal);
        IReadOnlyList<RuleSelector>? carriedIgnores = null;

        foreach (var layer in layers)
        {
            var ignores = carriedIgnores is null ? layer.Ignore : [.. layer.Ignore, .. carriedIgnores];
            carriedIgnores = null;
            var updates = new Dictionary<string, bool>(StringComparer.Ordinal);
            var layerSelectedByCode = new HashSet<string>(StringComparer.Ordinal);
            var selects = (layer.Select ?? []).Concat(layer.ExtendSelect).ToList();

            // Less specific selectors first, so that a more specific one overrides them; at equal
            // specificity an ignore wins over a select.
            for (var specificity = 0; specificity <= 7; specificity++)
            {
                foreach (var selector in selects.Where(s => s.Specificity(registry) == specificity))
                {
                    foreach (var code in selector.Expand(registry))
                    {
                        updates[code] = true;
                        if (specificity == 7)
                        {
                            layerSelectedByCode.Add(code);
                        }
                    }
                }

                foreach (var selector in ignores.Where(s => s.Specificity(registry) == specificity))
                {
                    foreach (var code in selector.Expand(registry))
                    {
                        updates[code] = false;
                    }
                }
            }

            if (layer.Select is { } select)
            {
                enabled = [.. updates.Where(update => update.Value).Select(update => update.Key)];
                selectedByCode = layerSelectedByCode;

                // `select = [], ignore = [...]` would ignore nothing; ruff carries such ignores to the next layer.
                if (select.Count == 0 && layer.ExtendSelect.Count == 0 && layer.Ignore.Count > 0)
                {
                    carriedIgnores = layer.Ignore;
                }
            }
            else
            {
                foreach (var (code, on) in updates)
                {
                    _ = on ? enabled.Add(code) : enabled.Remove(code);
                }

                selectedByCode.UnionWith(layerSelectedByCode);
            }
        }

        return (enabled, selectedByCode);
    }
}
