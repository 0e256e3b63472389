using System.Diagnostics;

namespace PodSearch.Core.Notes;

/// <summary>
/// The time and memory one note's parse may use. Notes are capped at 4 MB before parsing, but a hostile note can
/// still make a section reader slow or allocation-heavy; the budget turns that into one skipped note with a warning
/// instead of a stalled run. It is checked between the parse's stages (front matter, body, each section reader),
/// because Markdig and YamlDotNet cannot be interrupted inside a call: a stage already running is allowed to finish.
/// </summary>
public sealed record ParseBudget(TimeSpan Time, long AllocatedBytes)
{
    /// <summary>Real notes parse in milliseconds and allocate a few MB; these limits are far above that.</summary>
    public static ParseBudget Default { get; } = new(TimeSpan.FromSeconds(10), 1L << 30);

    /// <summary>Starts measuring on the calling thread (a note is parsed on one thread from start to end).</summary>
    internal Meter Start() => new(this, Stopwatch.GetTimestamp(), GC.GetAllocatedBytesForCurrentThread());

    internal readonly record struct Meter(ParseBudget Budget, long StartTimestamp, long StartAllocated)
    {
        /// <summary>Throws <see cref="ParseBudgetExceededException"/> once either limit is passed.</summary>
        public void Check(string stage)
        {
            var elapsed = Stopwatch.GetElapsedTime(StartTimestamp);
            if (elapsed > Budget.Time)
                throw new ParseBudgetExceededException($"parsing took {elapsed.TotalSeconds:0.0} s by the end of the {stage} stage, over the {Budget.Time.TotalSeconds:0.#} s budget for one note");
            var allocated = GC.GetAllocatedBytesForCurrentThread() - StartAllocated;
            if (allocated > Budget.AllocatedBytes)
                throw new ParseBudgetExceededException($"parsing allocated {allocated / (1024 * 1024)} MB by the end of the {stage} stage, over the {Budget.AllocatedBytes / (1024 * 1024)} MB budget for one note");
        }
    }
}

/// <summary>Thrown between parse stages when a note has used up its <see cref="ParseBudget"/>; the note is skipped.</summary>
public sealed class ParseBudgetExceededException(string message) : Exception(message);
