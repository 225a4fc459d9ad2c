using System.Runtime.ExceptionServices;

namespace ClawDev.Core.Workspace;

/// <summary>
/// A parallel loop over indices on the thread pool, the calling thread taking part: what a scan needs of
/// <c>Parallel.For</c>, without it. That assembly and the tracing assembly it loads hold four of the 64 file
/// descriptors a process starts with, and the 65th makes the kernel grow its table after an RCU grace period, which
/// stalls the scan (docs/benchmarks.md, fifth and sixth start-up rounds). Nested loops cannot deadlock: a caller
/// waits only for helpers that have started, and an index goes to whichever thread claims it first.
/// </summary>
internal static class ParallelWork
{
    /// <summary>Runs <paramref name="body"/> for 0 ≤ i &lt; <paramref name="count"/> on up to
    /// <paramref name="maxDegree"/> threads. The first exception a body throws stops the loop and is rethrown as it
    /// was; a cancelled token stops it with <see cref="OperationCanceledException"/>.</summary>
    public static void For(int count, int maxDegree, Action<int> body, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (count <= 0)
        {
            return;
        }
        var loop = new Loop(count, body, cancellationToken);
        for (var helper = Math.Min(Math.Max(maxDegree, 1), count) - 1; helper > 0; helper--)
        {
            // Task.Run, not ThreadPool's own methods: those come through one more assembly (two more descriptors).
            _ = Task.Run(loop.Work, CancellationToken.None);
        }
        loop.Work();
        loop.WaitForStartedHelpers();
        loop.Failure?.Throw();
        cancellationToken.ThrowIfCancellationRequested();
    }

    /// <summary><see cref="For"/> over the items of a list.</summary>
    public static void ForEach<T>(IReadOnlyList<T> items, int maxDegree, Action<T> body, CancellationToken cancellationToken) =>
        For(items.Count, maxDegree, i => body(items[i]), cancellationToken);

    private sealed class Loop(int count, Action<int> body, CancellationToken cancellationToken)
    {
        private readonly object _gate = new();
        private int _next;
        private int _running;
        private ExceptionDispatchInfo? _failure;

        public ExceptionDispatchInfo? Failure => Volatile.Read(ref _failure);

        public void Work()
        {
            // Counted before claiming: a caller that finds no index left then sees every thread still in a body.
            Interlocked.Increment(ref _running);
            try
            {
                int index;
                while (Failure is null && !cancellationToken.IsCancellationRequested && (index = Interlocked.Increment(ref _next) - 1) < count)
                {
                    body(index);
                }
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref _failure, ExceptionDispatchInfo.Capture(e), null);
            }
            finally
            {
                if (Interlocked.Decrement(ref _running) == 0)
                {
                    lock (_gate)
                    {
                        Monitor.PulseAll(_gate);
                    }
                }
            }
        }

        public void WaitForStartedHelpers()
        {
            lock (_gate)
            {
                while (Volatile.Read(ref _running) > 0)
                {
                    Monitor.Wait(_gate);
                }
            }
        }
    }
}
