package org.csh.reconciler.notify;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.csh.reconciler.reconcile.CommunityStatus;
import org.csh.reconciler.reconcile.ShownHours;
import org.csh.reconciler.reconcile.Status;

/**
 * The email to BD in words: a subject that counts the flags, and the same table of flagged and cleared
 * communities as plain text (read by plain-text mail clients) and as HTML.
 */
public record BdEmail(String subject, String text, String html) {

    static final List<String> COLUMNS = List.of("Community", "Status", "Used hours", "Contracted hours",
            "Expected hours", "Reason", "Since the last email");

    /** Words for {@code news}; {@code workbookName} is the attachment's file name. */
    public static BdEmail of(BdNews news, String workbookName) {
        return new BdEmail(subject(news), text(news, workbookName), html(news, workbookName));
    }

    static String subject(BdNews news) {
        List<String> counts = new ArrayList<>();
        count(counts, news.count(Status.EXCEEDING), "exceeding");
        count(counts, news.count(Status.UNDERUSING), "underusing");
        count(counts, news.count(Status.NO_CONTRACT), "without contract");
        count(counts, news.cleared().size(), "cleared");
        return "CSH report " + news.from() + " – " + news.to() + ": "
                + (counts.isEmpty() ? "no community flagged" : String.join(", ", counts));
    }

    private static void count(List<String> counts, long n, String what) {
        if (n > 0) {
            counts.add(n + " " + what);
        }
    }

    private static String intro(BdNews news, String workbookName) {
        return "CSH report for " + news.from() + " to " + news.to() + ". The workbook " + workbookName
                + " is attached. Hours are period-to-date for the contract period containing " + news.to() + ".";
    }

    static String text(BdNews news, String workbookName) {
        StringBuilder out = new StringBuilder(intro(news, workbookName)).append("\n\n");
        section(out, "Flagged communities", news.flagged(), "No community is flagged.");
        if (!news.cleared().isEmpty()) {
            section(out, "Cleared since the last email", news.cleared(), "");
        }
        return out.toString();
    }

    private static void section(StringBuilder out, String title, List<CommunityNews> lines, String none) {
        out.append(title).append(" (").append(lines.size()).append(")\n");
        if (lines.isEmpty()) {
            out.append(none).append("\n\n");
            return;
        }
        for (CommunityNews line : lines) {
            CommunityStatus now = line.now();
            out.append("- ").append(line.community()).append(": ").append(line.status())
                    .append(", ").append(line.changeText()).append("\n")
                    .append("  used ").append(hours(now.usedHours())).append(" h");
            now.contractedHours().ifPresentOrElse(h -> out.append(" of ").append(hours(h)).append(" h contracted"),
                    () -> out.append(", no contract"));
            now.expectedHours().ifPresent(h -> out.append(", expected ").append(hours(h)).append(" h"));
            out.append("\n");
            if (!now.reason().isBlank()) {
                out.append("  ").append(now.reason()).append("\n");
            }
        }
        out.append("\n");
    }

    static String html(BdNews news, String workbookName) {
        StringBuilder out = new StringBuilder()
                .append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                .append(Html.escape(subject(news))).append("</title></head>\n")
                .append("<body style=\"font-family: Arial, Helvetica, sans-serif; font-size: 14px;\">\n")
                .append("<p>").append(Html.escape(intro(news, workbookName))).append("</p>\n");
        if (news.lines().isEmpty()) {
            out.append("<p>No community is flagged.</p>\n");
        } else {
            out.append("<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\" style=\"border-collapse: collapse;\">\n")
                    .append("<thead><tr>");
            COLUMNS.forEach(c -> out.append("<th style=\"text-align: left;\">").append(Html.escape(c)).append("</th>"));
            out.append("</tr></thead>\n<tbody>\n");
            news.lines().forEach(line -> row(out, line));
            out.append("</tbody>\n</table>\n");
        }
        return out.append("</body></html>\n").toString();
    }

    private static void row(StringBuilder out, CommunityNews line) {
        CommunityStatus now = line.now();
        out.append("<tr>")
                .append(cell(line.community()))
                .append("<td style=\"background-color: ").append(colour(line.status())).append(";\">")
                .append(Html.escape(line.status().name())).append("</td>")
                .append(number(Optional.of(now.usedHours())))
                .append(number(now.contractedHours()))
                .append(number(now.expectedHours()))
                .append(cell(now.reason()))
                .append(cell(line.changeText()))
                .append("</tr>\n");
    }

    private static String cell(String text) {
        return "<td>" + Html.escape(text) + "</td>";
    }

    private static String number(Optional<BigDecimal> hours) {
        return "<td style=\"text-align: right;\">" + hours.map(BdEmail::hours).orElse("–") + "</td>";
    }

    /** One decimal, as the workbook's Summary shows the same figures. */
    private static String hours(BigDecimal hours) {
        return ShownHours.text(hours);
    }

    /** The workbook's status colours, light enough to read black text on. */
    private static String colour(Status status) {
        switch (status) {
            case EXCEEDING:
                return "#f4c7c3";
            case UNDERUSING:
                return "#fce8b2";
            case NO_CONTRACT:
                return "#e0e0e0";
            default:
                return "#b7e1cd";
        }
    }
}
