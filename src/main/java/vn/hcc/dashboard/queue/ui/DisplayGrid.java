package vn.hcc.dashboard.queue.ui;

/**
 * How the hall display lays out its counter tiles: the number of columns (and so of rows) that gives the largest
 * ticket number for {@code count} counters on a 16:9 TV. The tile's number is sized by container query units
 * ({@code min(42cqh, 17cqw)}, see queue-display.css), so the best grid is the one whose smallest of the two bounds is
 * largest; the area is the part of a 1920×1080 screen left beside the recent calls and under the title.
 */
final class DisplayGrid {

    /** The counters' area on a 1920×1080 display, in CSS pixels (about: the tiles scale with the real size). */
    static final double WIDTH = 1400;
    static final double HEIGHT = 780;

    private DisplayGrid() {
    }

    static int columns(int count) {
        int n = Math.max(1, count);
        int best = 1;
        double bestSize = -1;
        for (int cols = 1; cols <= n; cols++) {
            int rows = rows(n, cols);
            double size = Math.min(0.42 * HEIGHT / rows, 0.17 * WIDTH / cols);
            // on a tie, fewer empty cells
            if (size > bestSize + 0.01) {
                best = cols;
                bestSize = size;
            }
        }
        return best;
    }

    static int rows(int count, int columns) {
        int n = Math.max(1, count);
        return (n + columns - 1) / columns;
    }
}
