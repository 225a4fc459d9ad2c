using ClawDev.GitHub.Upstream;

namespace ClawDev.GitHub.Templates;

/// <summary>What a new issue reports: a symbol, where it is (for a permalink), and what its documentation lacks.</summary>
/// <param name="CommitSha">The commit the line numbers refer to, so the permalink keeps pointing at the same code.</param>
/// <param name="StartLine">1-based first line of the definition.</param>
/// <param name="EndLine">1-based last line.</param>
/// <param name="QualifiedName">Within the module: "Trainer.train".</param>
/// <param name="ModuleName">"transformers.trainer".</param>
/// <param name="Problems">One sentence each: "parameters `x`, `y` of `Trainer.train` are undocumented (D417)".</param>
public sealed record MissingDocumentation(
    RepositoryId Repository,
    string CommitSha,
    string FilePath,
    int StartLine,
    int EndLine,
    string QualifiedName,
    string ModuleName,
    IReadOnlyList<string> Problems)
{
    /// <summary>"transformers.trainer.Trainer.train".</summary>
    public string FullName => ModuleName.Length == 0 ? QualifiedName : $"{ModuleName}.{QualifiedName}";

    /// <summary><c>https://github.com/o/r/blob/&lt;sha&gt;/path#L10-L20</c>.</summary>
    public Uri Permalink
    {
        get
        {
            var path = string.Join('/', FilePath.Split('/').Select(Uri.EscapeDataString));
            var lines = EndLine > StartLine ? $"#L{StartLine}-L{EndLine}" : $"#L{StartLine}";
            return new Uri($"{Repository.WebUrl}/blob/{CommitSha}/{path}{lines}");
        }
    }

    /// <summary>"parameters `x`, `y` of `Trainer.train` are undocumented (D417)"; one parameter reads "parameter `x` … is".</summary>
    public static string UndocumentedParameters(IReadOnlyList<string> parameterNames, string qualifiedName, string code)
    {
        var names = string.Join(", ", parameterNames.Select(name => $"`{name}`"));
        return parameterNames.Count == 1
            ? $"parameter {names} of `{qualifiedName}` is undocumented ({code})"
            : $"parameters {names} of `{qualifiedName}` are undocumented ({code})";
    }
}
