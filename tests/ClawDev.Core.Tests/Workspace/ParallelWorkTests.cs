using ClawDev.Core.Workspace;

namespace ClawDev.Core.Tests.Workspace;

public class ParallelWorkTests
{
    [Theory]
    [InlineData(0, 2)]
    [InlineData(1, 2)]
    [InlineData(1000, 1)]
    [InlineData(1000, 4)]
    [InlineData(3, 16)]
    public void Every_index_runs_exactly_once(int count, int maxDegree)
    {
        var runs = new int[count];

        ParallelWork.For(count, maxDegree, i => Interlocked.Increment(ref runs[i]), CancellationToken.None);

        Assert.All(runs, r => Assert.Equal(1, r));
    }

    [Fact]
    public void Nested_loops_finish_and_run_every_inner_index()
    {
        // The directory walk nests a loop per level: an inner caller waits only for helpers that started.
        var total = 0;

        ParallelWork.For(50, 4, _ => ParallelWork.For(50, 4, _ => Interlocked.Increment(ref total), CancellationToken.None), CancellationToken.None);

        Assert.Equal(2500, total);
    }

    [Fact]
    public void A_bodys_exception_comes_out_as_itself_and_stops_the_loop()
    {
        // Parallel.For would wrap it in an AggregateException, which the CLI's handler of I/O errors never sees. One
        // thread, so that "stops" is exact: with two, the failing index may be claimed and then run last.
        var started = 0;

        var thrown = Assert.Throws<IOException>(() => ParallelWork.For(10_000, 1, i =>
        {
            Interlocked.Increment(ref started);
            if (i == 10)
            {
                throw new IOException("disk gone");
            }
        }, CancellationToken.None));

        Assert.Equal("disk gone", thrown.Message);
        Assert.Equal(11, started);
    }

    [Fact]
    public void An_exception_on_a_helper_thread_comes_out_of_the_caller_as_itself()
    {
        var caller = Environment.CurrentManagedThreadId;
        using var helperFailed = new ManualResetEventSlim();

        var thrown = Assert.Throws<IOException>(() => ParallelWork.For(2, 2, _ =>
        {
            if (Environment.CurrentManagedThreadId == caller)
            {
                // The caller's own body waits until a helper's has thrown, so that the exception is the helper's.
                Assert.True(helperFailed.Wait(TimeSpan.FromSeconds(30)), "no helper thread ran");
                return;
            }
            helperFailed.Set();
            throw new IOException("disk gone on a helper");
        }, CancellationToken.None));

        Assert.Equal("disk gone on a helper", thrown.Message);
    }

    [Fact]
    public void A_cancelled_token_stops_the_loop()
    {
        using var cancellation = new CancellationTokenSource();
        var started = 0;

        Assert.Throws<OperationCanceledException>(() => ParallelWork.For(10_000, 2, i =>
        {
            if (Interlocked.Increment(ref started) == 100)
            {
                cancellation.Cancel();
            }
        }, cancellation.Token));

        Assert.True(started < 10_000);
    }

    [Fact]
    public void The_items_of_a_list_are_each_visited()
    {
        var seen = new System.Collections.Concurrent.ConcurrentBag<string>();

        ParallelWork.ForEach(["a", "b", "c"], 2, seen.Add, CancellationToken.None);

        Assert.Equal(["a", "b", "c"], seen.Order(StringComparer.Ordinal));
    }
}
