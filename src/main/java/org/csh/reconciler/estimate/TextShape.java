package org.csh.reconciler.estimate;

import java.util.List;

/**
 * What any issue tracker's text shows of the size of the work without knowing its words: how long the title and the
 * description are, whether it carries code or a stack trace, how many list items, links and questions it has. The
 * generic features of {@link TextModel}; each is a number a manager can count in the text.
 *
 * @param titleWords       words in the title
 * @param descriptionWords words in the description, outside code and preformatted blocks
 * @param code             whether the description holds code, a preformatted block or a stack trace
 * @param listItems        lines that start a list item ({@code *}, {@code -}, {@code #} or {@code 1.})
 * @param links            links in the title and description
 * @param question         whether the title or description asks a question
 */
record TextShape(int titleWords, int descriptionWords, boolean code, int listItems, int links, boolean question) {

    /** The names of {@link #values()}, in order, as a basis shows them. */
    static final List<String> NAMES = List.of("title words", "description words", "code or stack trace",
            "list items", "links", "a question");

    static TextShape of(String title, String text) {
        String t = title == null ? "" : title;
        String d = text == null ? "" : text;
        // hand-written scans, not regular expressions: this reads every timed item of every training
        boolean hasCode = (d.indexOf('{') >= 0 || d.indexOf('`') >= 0) && WorkText.CODE.matcher(d).find();
        String prose = hasCode ? WorkText.CODE.matcher(d).replaceAll(" ") : d;
        return new TextShape(words(t), words(prose), hasCode || stackTrace(d), listItems(prose),
                links(t) + links(d), t.indexOf('?') >= 0 || prose.indexOf('?') >= 0);
    }

    /**
     * The features as the model reads them: counts on a log scale ({@code ln(1 + n)}), since ten more words matter
     * more in a short text than in a long one; yes/no as 1/0.
     */
    double[] values() {
        return new double[] {log(titleWords), log(descriptionWords), code ? 1 : 0, log(listItems), log(links),
                question ? 1 : 0};
    }

    /** What feature {@code j} is in this text, in the words of a basis: {@code 120 description words}, {@code code}. */
    String describe(int j) {
        return switch (j) {
            case 0 -> titleWords + " title words";
            case 1 -> descriptionWords + " description words";
            case 2 -> code ? "code or stack trace" : "no code";
            case 3 -> listItems + " list items";
            case 4 -> links + " links";
            case 5 -> question ? "a question" : "no question";
            default -> throw new IllegalArgumentException("no feature " + j);
        };
    }

    private static double log(int n) {
        return Math.log1p(n);
    }

    private static int words(String s) {
        int words = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (letter && !in) {
                words++;
            }
            in = letter;
        }
        return words;
    }

    /** A Java or Python stack trace: an exception's name, a {@code Traceback}, or a line {@code at a.b.C.m(}. */
    private static boolean stackTrace(String s) {
        if (s.contains("Exception") || s.contains("Traceback (most recent call last)")) {
            return true;
        }
        for (int at = s.indexOf("at "); at >= 0; at = s.indexOf("at ", at + 3)) {
            int line = at - 1;
            while (line >= 0 && (s.charAt(line) == ' ' || s.charAt(line) == '\t')) {
                line--;
            }
            if (line < 0 || s.charAt(line) == '\n' || s.charAt(line) == '\r') {
                int end = at + 3;
                while (end < s.length() && (Character.isJavaIdentifierPart(s.charAt(end)) || s.charAt(end) == '.')) {
                    end++;
                }
                if (end > at + 3 && end < s.length() && s.charAt(end) == '(') {
                    return true;
                }
            }
        }
        return false;
    }

    /** Lines that start, after spaces, with {@code *}, {@code -} or {@code #} (Jira's numbered list), or {@code 1.}. */
    private static int listItems(String s) {
        int items = 0;
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
                i++;
            }
            int start = i;
            if (i < s.length() && "*-#".indexOf(s.charAt(i)) >= 0) {
                while (i < s.length() && "*-#".indexOf(s.charAt(i)) >= 0) {
                    i++;
                }
            } else {
                while (i < s.length() && Character.isDigit(s.charAt(i))) {
                    i++;
                }
                i = i > start && i < s.length() && (s.charAt(i) == '.' || s.charAt(i) == ')') ? i + 1 : start;
            }
            if (i > start && i + 1 < s.length() && s.charAt(i) == ' ' && !Character.isWhitespace(s.charAt(i + 1))) {
                items++;
            }
            int newline = s.indexOf('\n', i);
            i = newline < 0 ? s.length() : newline + 1;
        }
        return items;
    }

    private static int links(String s) {
        int links = 0;
        for (int at = s.indexOf("http"); at >= 0; at = s.indexOf("http", at + 4)) {
            links += s.startsWith("://", at + 4) || s.startsWith("s://", at + 4) ? 1 : 0;
        }
        return links;
    }
}
