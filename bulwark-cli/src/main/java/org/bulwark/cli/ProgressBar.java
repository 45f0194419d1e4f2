package org.bulwark.cli;

import java.io.PrintWriter;
import org.bulwark.deploy.ProgressListener;

/**
 * A one-line text progress bar on stderr, redrawn with a carriage return when the phase or the
 * percentage changes. Shown when asked ({@code --progress}) or, by default, when the console is
 * a terminal; never in captured output unless asked.
 */
final class ProgressBar implements ProgressListener {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private String phase = "";
    private int percent = -1;
    private int lineLength;

    private ProgressBar(PrintWriter err) {
        this.err = err;
    }

    /** A bar on {@code err} when {@code requested} is true, or when it is null and there is a terminal; otherwise none. */
    static ProgressListener on(PrintWriter err, Boolean requested) {
        boolean show = requested != null ? requested : System.console() != null;
        return show ? new ProgressBar(err) : ProgressListener.NONE;
    }

    @Override
    public synchronized void progress(String phase, long done, long total) {
        int now = total <= 0 ? 100 : (int) Math.min(100, Math.max(0, done * 100 / total));
        if (now == percent && phase.equals(this.phase)) {
            return;
        }
        this.phase = phase;
        this.percent = now;
        int filled = now * WIDTH / 100;
        String line = String.format(java.util.Locale.ROOT, "%-12s [%s%s] %3d %%", phase, "#".repeat(filled),
                " ".repeat(WIDTH - filled), now);
        err.print("\r" + line + " ".repeat(Math.max(0, lineLength - line.length())));
        lineLength = line.length();
        err.flush();
    }

    /** Clears the bar so the results start on a clean line. */
    static void finish(ProgressListener listener) {
        if (listener instanceof ProgressBar bar) {
            synchronized (bar) {
                bar.err.print("\r" + " ".repeat(bar.lineLength) + "\r");
                bar.err.flush();
            }
        }
    }
}
