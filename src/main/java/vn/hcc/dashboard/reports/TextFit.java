package vn.hcc.dashboard.reports;

/**
 * Row heights that fit wrapped text. Excel and LibreOffice keep a stored row height as it is, so a long procedure
 * name in a default-height row would spill into the rows below: the writer estimates the lines a text needs in its
 * column's width (in characters of the default font) and sets the row's height.
 */
final class TextFit {

    /** Points per line of the 11 pt default font, with the cell's padding. */
    static final float LINE = 15f;

    private TextFit() {
    }

    /** The lines {@code text} needs in {@code widthChars}; {@code scale} &gt; 1 for bold or capital letters. */
    static int lines(String text, double widthChars, double scale) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        double perLine = Math.max(1, widthChars / scale);
        int lines = 0;
        int start = 0;
        // line by line without splitting: a million-row export asks this of every text cell
        while (true) {
            int end = text.indexOf('\n', start);
            int length = (end < 0 ? text.length() : end) - start;
            lines += Math.max(1, (int) Math.ceil(length / perLine));
            if (end < 0) {
                return lines;
            }
            start = end + 1;
        }
    }

    static float height(int lines) {
        return lines * LINE + 2;
    }
}
