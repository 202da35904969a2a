using Spectre.Console;
using Spectre.Console.Rendering;

namespace CaseLedger.Cli;

/// <summary>
/// One Spectre.Console progress bar on stderr, with the rate and the time left, for any long verb (seed,
/// rebuild, verify, import, export) when stderr is a terminal: stdout stays the verb's answer, so it can be piped.
/// <code>
/// var report = await CliProgress.RunAsync("verify", "events", async bar =&gt; { bar.Total = n; …; bar.Advance(1000); … });
/// </code>
/// </summary>
internal static class CliProgress
{
    public static Task<T> RunAsync<T>(string description, string unit, Func<CliProgressBar, Task<T>> work)
    {
        // Only for a person watching stderr: into a pipe or log (scripts, tests, tools/bench) nothing is drawn, so what
        // a script reads stays the verb's answer and its own messages. Stdout may be piped while the bar is watched.
        if (Console.IsErrorRedirected)
            return work(new CliProgressBar(new ProgressTask(0, description, 1, true, TimeProvider.System)));
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Error),
            Interactive = InteractionSupport.Yes,
        });
        return console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RateColumn(unit),
                new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var bar = new CliProgressBar(context.AddTask(Markup.Escape(description), autoStart: true, maxValue: 1));
                var result = await work(bar);
                bar.Finish();
                return result;
            });
    }

    /// <summary>Items per second, in the verb's own unit (events/s, cadres/s, rows/s).</summary>
    private sealed class RateColumn(string unit) : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text(task.Speed is { } speed ? $"{speed:N0} {unit}/s" : $"– {unit}/s", new Style(Color.Grey));
    }
}

/// <summary>The bar a verb moves: set <see cref="Total"/> once known, then <see cref="Advance"/> or <see cref="Value"/>.</summary>
internal sealed class CliProgressBar(ProgressTask task)
{
    public double Total
    {
        get => task.MaxValue;
        set
        {
            task.IsIndeterminate = value <= 0;
            task.MaxValue = Math.Max(value, 1);
        }
    }

    public double Value
    {
        get => task.Value;
        set => task.Value = value;
    }

    public string Description
    {
        set => task.Description = Markup.Escape(value);
    }

    public void Advance(double by) => task.Increment(by);

    internal void Finish()
    {
        task.IsIndeterminate = false;
        task.Value = task.MaxValue;
        task.StopTask();
    }
}
