using System.Threading.Channels;
using ClawDev.Server.Lsp.Workspace;
using StreamJsonRpc;

namespace ClawDev.Server.Lsp.Host;

/// <summary>
/// Runs handlers in message order, as Roslyn's request queue does: a state-changing handler runs alone and to
/// completion before anything after it starts; a reading handler is started with the current (immutable) state
/// and left to run concurrently with whatever comes next.
/// </summary>
internal sealed class RequestQueue(ServerSession session, ProtocolTrace trace, ServerLog log)
{
    private readonly Channel<WorkItem> _items = Channel.CreateUnbounded<WorkItem>(new UnboundedChannelOptions { SingleReader = true });

    public Task<T> Enqueue<T>(string method, bool mutatesState, Func<RequestContext, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        var item = new WorkItem<T>(method, mutatesState, work, cancellationToken);
        if (!_items.Writer.TryWrite(item))
        {
            item.Abandon();
        }
        return item.Result;
    }

    /// <summary>Processes items until <see cref="Complete"/> has been called and the queue is empty.</summary>
    public async Task RunAsync()
    {
        await foreach (var item in _items.Reader.ReadAllAsync())
        {
            var context = new RequestContext(session.Current, item.ArrivedAt);
            if (item.MutatesState)
            {
                await RunTracedAsync(item, context);
            }
            else
            {
                _ = Task.Run(() => RunTracedAsync(item, context));
            }
        }
    }

    public void Complete() => _items.Writer.TryComplete();

    private async Task RunTracedAsync(WorkItem item, RequestContext context)
    {
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        await item.RunAsync(context, log);
        trace.Handled(item.Method, item.MutatesState, start);
    }

    private abstract class WorkItem(string method, bool mutatesState)
    {
        public string Method { get; } = method;

        public bool MutatesState { get; } = mutatesState;

        public long ArrivedAt { get; } = System.Diagnostics.Stopwatch.GetTimestamp();

        public abstract Task RunAsync(RequestContext context, ServerLog log);

        public abstract void Abandon();
    }

    private sealed class WorkItem<T>(string method, bool mutatesState, Func<RequestContext, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
        : WorkItem(method, mutatesState)
    {
        private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<T> Result => _completion.Task;

        public override async Task RunAsync(RequestContext context, ServerLog log)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                _completion.TrySetCanceled(cancellationToken);
                return;
            }
            try
            {
                _completion.TrySetResult(await work(context, cancellationToken));
            }
            catch (OperationCanceledException exception) when (cancellationToken.IsCancellationRequested)
            {
                _completion.TrySetCanceled(exception.CancellationToken);
            }
            catch (LocalRpcException exception)
            {
                // A refusal worded for the user (bad parameters, nothing to do): an answer, not a server failure.
                _completion.TrySetException(exception);
            }
            catch (Exception exception)
            {
                log.Error($"'{Method}' failed: {exception}");
                _completion.TrySetException(exception);
            }
        }

        public override void Abandon() => _completion.TrySetCanceled();
    }
}
