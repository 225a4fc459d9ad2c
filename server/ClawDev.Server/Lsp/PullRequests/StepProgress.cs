using ClawDev.GitHub.PullRequests;
using ClawDev.Server.Lsp.Host;
using ClawDev.Server.Lsp.Protocol;

namespace ClawDev.Server.Lsp.PullRequests;

/// <summary>
/// Work-done progress on the token the client sent with <c>clawdev/draftPullRequest</c>: begin, one report per
/// step, end. Without a token it reports nothing (the answer lists the steps anyway).
/// </summary>
internal sealed class StepProgress : IProgress<DraftStep>, IAsyncDisposable
{
    private readonly LanguageClient _client;
    private readonly string? _token;
    private string? _last;

    private StepProgress(LanguageClient client, string? token)
    {
        _client = client;
        _token = token;
    }

    public static async Task<StepProgress> BeginAsync(LanguageClient client, ProgressToken? token, string target)
    {
        if (token is { } given)
        {
            await client.Notify(Methods.Progress, new ProgressParams<WorkDoneProgressBegin>(given.Value,
                new WorkDoneProgressBegin("ClawDev: drafting the pull request", Cancellable: false, target, Percentage: null)));
        }
        return new StepProgress(client, token?.Value);
    }

    public void Report(DraftStep step)
    {
        _last = $"{PullRequestProtocol.StepName(step.Kind)}: {step.Message}";
        if (_token is not null)
        {
            _ = _client.Notify(Methods.Progress, new ProgressParams<WorkDoneProgressReport>(_token, new WorkDoneProgressReport(_last, Percentage: null)));
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_token is not null)
        {
            await _client.Notify(Methods.Progress, new ProgressParams<WorkDoneProgressEnd>(_token, new WorkDoneProgressEnd(_last)));
        }
    }
}
