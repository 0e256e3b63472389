using System.Diagnostics;
using System.Globalization;

namespace PodSearch.Core.Semantic;

/// <summary>
/// The progress line of passage encoding, the long part of a cold index: passages done, passages per second
/// and time left. On a terminal one line rewrites itself (at most five times a second); otherwise a plain line
/// every tenth of the work, so logs stay short. Thread-safe (batches finish on several threads).
/// </summary>
internal sealed class EncodingProgress(TextWriter output, bool terminal, int total)
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly Lock gate = new();
    private long lastShown = -1000;
    private int lastTenth;
    private int done;
    private bool lineOpen;

    public void Advance(int passages)
    {
        lock (gate)
        {
            done += passages;
            var tenth = (int)(10L * done / Math.Max(1, total));
            if (terminal)
            {
                if (clock.ElapsedMilliseconds - lastShown < 200 && done < total)
                    return;
                lastShown = clock.ElapsedMilliseconds;
                output.Write($"\r{Line()}\u001b[K");
                lineOpen = true;
            }
            else if (tenth > lastTenth)
            {
                lastTenth = tenth;
                output.WriteLine(Line());
            }
        }
    }

    /// <summary>Clears the rewriting line, so the summary starts on a clean one.</summary>
    public void Finish()
    {
        lock (gate)
        {
            if (lineOpen)
                output.Write("\r\u001b[K");
            lineOpen = false;
        }
    }

    private string Line()
    {
        var seconds = Math.Max(0.001, clock.Elapsed.TotalSeconds);
        var rate = done / seconds;
        var left = rate > 0 ? (total - done) / rate : 0;
        return string.Create(CultureInfo.InvariantCulture,
            $"encoding: {done}/{total} passages ({100.0 * done / Math.Max(1, total):0}%), {rate:0} passages/s, {left:0} s left");
    }
}
