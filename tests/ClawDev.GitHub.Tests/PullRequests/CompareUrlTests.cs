using ClawDev.GitHub.PullRequests;
using ClawDev.GitHub.Upstream;

namespace ClawDev.GitHub.Tests.PullRequests;

public class CompareUrlTests
{
    private static readonly RepositoryId Upstream = new(RepositoryId.PublicHost, "huggingface", "transformers");

    [Fact]
    public void Prefills_title_and_body_url_encoded()
    {
        var url = CompareUrl.For(Upstream, "main", "ada", "docs/issue-12-trainer", "docs: document `x` & more", "Fixes #12\n\n- a + b = c?");

        Assert.Equal(
            "https://github.com/huggingface/transformers/compare/main...ada:docs/issue-12-trainer?expand=1"
            + "&title=docs%3A%20document%20%60x%60%20%26%20more&body=Fixes%20%2312%0A%0A-%20a%20%2B%20b%20%3D%20c%3F",
            url);
    }

    [Fact]
    public void An_enterprise_host_and_a_chosen_template_are_kept()
    {
        var url = CompareUrl.For(new RepositoryId("git.example.com", "team", "lib"), "develop", "ada", "docs/x", "t", "b", "documentation.md");

        Assert.Equal("https://git.example.com/team/lib/compare/develop...ada:docs/x?expand=1&template=documentation.md&title=t&body=b", url);
    }

    [Fact]
    public void A_long_body_is_cut_at_a_line_end_with_a_note()
    {
        var body = string.Join('\n', Enumerable.Range(0, 2000).Select(i => $"- line {i} of a long description"));

        var url = CompareUrl.For(Upstream, "main", "ada", "docs/x", "title", body);

        Assert.True(url.Length <= CompareUrl.MaxLength, $"{url.Length}");
        var decodedBody = Uri.UnescapeDataString(url[(url.IndexOf("&body=", StringComparison.Ordinal) + 6)..]);
        Assert.EndsWith(CompareUrl.TruncationNote, decodedBody);
        Assert.EndsWith(" of a long description", decodedBody[..^CompareUrl.TruncationNote.Length]);
        Assert.StartsWith("- line 0 of", decodedBody);
    }
}
