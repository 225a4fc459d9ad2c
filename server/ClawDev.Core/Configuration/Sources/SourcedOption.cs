namespace ClawDev.Core.Configuration.Sources;

/// <summary>An option's converted value together with how it was written and where.</summary>
internal sealed record SourcedOption<T>(string Key, T Value, OptionValue Raw, ConfigOrigin Origin)
{
    public ConfigSetting ToSetting() => new(Key, Raw.Text, Origin.Label);

    /// <summary>"[tool.interrogate] exclude = ["docs"] in pyproject.toml", for messages.</summary>
    public string Describe() => $"{Origin.NameOf(Key)} = {Raw.Text} in {Origin.FileName}";

    /// <summary>Reports "[table] key &lt;complaint&gt;; it is ignored." at the option's line.</summary>
    public void Reject(ProblemLog problems, string complaint) => problems.Add(Origin, Raw.Line, $"{Origin.NameOf(Key)} {complaint}; it is ignored.");

    /// <summary>Reports a problem about this option at its line.</summary>
    public void Report(ProblemLog problems, string message) => problems.Add(Origin, Raw.Line, $"{Origin.NameOf(Key)}: {message}");
}
