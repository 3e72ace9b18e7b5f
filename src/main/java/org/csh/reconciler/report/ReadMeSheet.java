package org.csh.reconciler.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.csh.reconciler.contract.Community;
import org.csh.reconciler.contract.Contract;
import org.csh.reconciler.reconcile.Finding;
import org.csh.reconciler.reconcile.ReconcileResult;
import org.csh.reconciler.reconcile.Status;

/**
 * The Read me sheet: what range the workbook covers, when it was made, from what, under which rules, and
 * what its statuses and finding codes mean, so a reader needs no other document.
 */
final class ReadMeSheet {

    static final String NAME = "Read me";
    static final String TITLE = "Community Success Hours report: read me";

    private static final int LABEL = 0;
    private static final int VALUE = 1;
    private static final int DETAIL = 2;
    private static final int[] WIDTHS = {28, 18, 100};
    /** A column 100 characters wide holds about 100 wide (digit-sized) characters; ordinary text runs narrower. */
    private static final int CHARS_PER_LINE = 125;

    private final Sheet sheet;
    private final Styles styles;
    // values sit left, next to their explanation, rather than at the far right of their column
    private final CellStyle value;
    private final CellStyle date;
    private final CellStyle dateTime;
    private final CellStyle detail;
    private final CellStyle label;
    private int nextRow;

    private ReadMeSheet(Workbook workbook, Styles styles) {
        this.sheet = workbook.createSheet(NAME);
        this.styles = styles;
        this.value = leftAligned(workbook, styles.text);
        this.date = leftAligned(workbook, styles.date);
        this.dateTime = leftAligned(workbook, styles.dateTime);
        this.label = leftAligned(workbook, styles.text);
        this.detail = workbook.createCellStyle();
        detail.setWrapText(true);
        detail.setVerticalAlignment(VerticalAlignment.TOP);
    }

    private static CellStyle leftAligned(Workbook workbook, CellStyle base) {
        CellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(base);
        style.setAlignment(HorizontalAlignment.LEFT);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    static void write(Workbook workbook, Styles styles, ReconcileResult result, ReportContext context) {
        new ReadMeSheet(workbook, styles).fill(result, context);
    }

    private void fill(ReconcileResult result, ReportContext context) {
        Row title = sheet.createRow(nextRow++);
        text(title, LABEL, TITLE, styles.title);
        nextRow++;

        section("Run");
        dateLine("From", result.from(), "first day counted in \"Hours in range\"");
        dateLine("To", result.to(), "figures are period-to-date as of this day, for the contract period holding it");
        Row generated = sheet.createRow(nextRow++);
        text(generated, LABEL, "Generated", styles.text);
        Cell when = generated.createCell(VALUE);
        when.setCellValue(LocalDateTime.ofInstant(context.generatedAt(), context.zone()));
        when.setCellStyle(dateTime);
        text(generated, DETAIL, "time zone " + context.zone().getId() + " (csh.zone); completion dates are days in it",
                detail);

        section("Sources", "Items", "What was read");
        if (context.sources().isEmpty()) {
            line("(not recorded)", null, "");
        }
        for (ReportContext.SourceCount source : context.sources()) {
            line(source.source(), BigDecimal.valueOf(source.items()), source.detail());
        }
        line("Work items", BigDecimal.valueOf(result.items().size()), "after linking each issue to its Asana mirror");
        line("Findings", BigDecimal.valueOf(result.findings().size()), "data problems to fix at the source");

        section("Rules in force", "Value", "Meaning");
        context.thresholds().ifPresent(thresholds -> {
            line("csh.flags.over-ratio", thresholds.overRatio(), "EXCEEDING when used > contracted × this");
            line("csh.flags.under-ratio", thresholds.underRatio(),
                    "UNDERUSING when used < expected × this, once 25 % of the contract period has passed");
        });
        line("Used hours", null, "logged + estimated hours delivered from the contract period's start to \"To\"");
        line("Expected hours", null, "contracted hours × elapsed fraction of the period "
                + "(days elapsed including \"To\" ÷ days in the period)");
        line("Estimated hours", null, "completed work nobody timed: a duration stated in its text, else the median "
                + "of similar timed work (see Estimate basis on Work items)");
        line("Hours per person", null, "a 1-hour meeting attended by two staff counts 2 hours");
        line("Hours left", null, "staff check a community's balance before logging new work with "
                + "csh-reconciler --balance=\"<community>\": this run's Summary figures, with the hours remaining");
        line("Hours shown", null, "a community's figures with one decimal, alike in the sheets, the CSV, the "
                + "reasons and the email; a single work item's with two, since quarter hours are common");

        section("Contracts", "Hours", "Term");
        line("Contracts from", null, result.contracts().source() + (result.contracts().fromAsana()
                ? ": each CSH task with a period and an Hours Total is one contract period of its community" : ""));
        if (!context.communities().isEmpty()) {
            for (Community community : context.communities()) {
                for (Contract contract : community.contracts()) {
                    line(community.name(), contract.hours(), term(contract, result.to()));
                }
            }
        }

        section("Statuses", "", "When");
        for (Map.Entry<Status, String> status : Glossary.statuses().entrySet()) {
            Row row = sheet.createRow(nextRow++);
            text(row, LABEL, status.getKey().name(), styles.status(status.getKey()));
            text(row, DETAIL, status.getValue(), detail);
        }

        section("Finding codes", "", "Meaning");
        for (Map.Entry<Finding.Code, String> code : Glossary.findings().entrySet()) {
            line(code.getKey().name(), null, code.getValue());
        }

        section("Sheets", "", "What it holds");
        line(SummarySheet.NAME, null, "one row per community, flagged ones first (EXCEEDING, UNDERUSING, "
                + "NO_CONTRACT, then OK): the contract period's figures, status and a totals row; Used % has a data "
                + "bar; the chart shows used hours in their status colour inside the contracted outline");
        line(WorkbookWriter.WORK_ITEMS, null, "every work item, open ones too, with its hours and whether they are "
                + "estimated");
        line(WorkbookWriter.FINDINGS, null, "data problems, each with a code from the list above");
        line(WorkbookWriter.BD_FLAGS, null, "the communities whose status is not OK, with the reason");
        line(TrendSheet.NAME, null, "Used % per community over the last " + context.trendRuns()
                + " completed runs, in date order, with a chart over time from the second run on");
        line(NAME, null, "this sheet");
        line(EstimatesSheet.NAME, null, "each estimated item with its hours, basis and confidence, and how well the "
                + "estimator predicted this run's timed work");
        for (int column = 0; column < WIDTHS.length; column++) {
            sheet.setColumnWidth(column, WIDTHS[column] * 256);
        }
        PageLayout.landscape(sheet);
        PageLayout.fitToWidth(sheet, WIDTHS);
    }

    private void section(String name) {
        section(name, "", "");
    }

    private void section(String name, String valueHeader, String detailHeader) {
        nextRow++;
        Row row = sheet.createRow(nextRow++);
        text(row, LABEL, name, styles.header);
        text(row, VALUE, valueHeader, styles.header);
        text(row, DETAIL, detailHeader, styles.header);
    }

    private void dateLine(String label, LocalDate date, String detail) {
        Row row = sheet.createRow(nextRow++);
        text(row, LABEL, label, styles.text);
        Cell cell = row.createCell(VALUE);
        cell.setCellValue(date);
        cell.setCellStyle(this.date);
        text(row, DETAIL, detail, this.detail);
    }

    private void line(String name, BigDecimal value, String detail) {
        Row row = sheet.createRow(nextRow++);
        text(row, LABEL, name, label);
        if (value != null) {
            Cell cell = row.createCell(VALUE);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(this.value);
        }
        text(row, DETAIL, detail, this.detail);
        // wrapped text needs a taller row, and no viewer fits it for us: one line per column width of text
        int lines = (detail.length() + CHARS_PER_LINE - 1) / CHARS_PER_LINE;
        if (lines > 1) {
            row.setHeightInPoints(lines * sheet.getDefaultRowHeightInPoints());
        }
    }

    private static String term(Contract contract, LocalDate to) {
        String per = switch (contract.per()) {
            case TERM -> "for the whole term";
            default -> "each " + contract.per().name().toLowerCase(Locale.ROOT);
        };
        return contract.start() + " to " + contract.end() + ", " + per
                + (contract.covers(to) ? "; in force on " + to : "");
    }

    private void text(Row row, int column, String value, CellStyle style) {
        if (value == null || value.isEmpty()) {
            return;
        }
        styles.writeText(row.createCell(column), value, style);
    }
}
