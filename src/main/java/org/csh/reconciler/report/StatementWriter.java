package org.csh.reconciler.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.csh.reconciler.contract.ContractPeriod;
import org.csh.reconciler.reconcile.CommunityStatus;
import org.csh.reconciler.reconcile.ReconcileResult;
import org.csh.reconciler.reconcile.WorkItem;

/**
 * Writes a statement for one community, safe to send to it: its completed work in the current contract period
 * and the totals against its contract. Nothing else leaves: no findings, no addresses, no estimate reasoning,
 * no other community.
 */
public class StatementWriter {

    static final String SHEET = "Statement";
    static final String TITLE = "Community Success Hours statement";
    static final List<String> ITEM_HEADERS = List.of("Completed", "Work", "Hours", "Estimated");
    static final String ESTIMATED = "estimated";
    static final List<String> FOOTNOTE = List.of(
            "Estimated: completed work whose time was not recorded.",
            "Its hours are estimated from the time stated in its description, or from similar work.");

    private static final int LABEL = 0;
    private static final int MAX_TITLE_CHARS = 80;

    /** {@code statement_<community-slug>_<from>_<to>.xlsx}. */
    public static String fileName(String community, LocalDate from, LocalDate to) {
        return "statement_" + slug(community) + "_" + from + "_" + to + ".xlsx";
    }

    /** Lower case ASCII letters and digits joined by hyphens, e.g. {@code Université Côte d'Azur → universite-cote-d-azur}. */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "community" : slug;
    }

    /**
     * Writes the statement of {@code community} (its name as in the result) into {@code reportDir}.
     *
     * @return the written file
     */
    public Path write(ReconcileResult result, String community, Path reportDir) {
        return AtomicReportFile.write(reportDir, fileName(community, result.from(), result.to()),
                out -> writeTo(result, community, out));
    }

    private void writeTo(ReconcileResult result, String community, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            new Page(workbook, styles).fill(result, community);
            workbook.write(out);
        }
    }

    /** The one sheet, top to bottom. */
    private static final class Page {

        private final XSSFSheet sheet;
        private final Styles styles;
        // figures of the heading sit next to their label, dates next to their work; the community's figures have
        // one decimal, as on the Summary, its single items two
        private final CellStyle hoursValue;
        private final CellStyle percentValue;
        private final CellStyle dateValue;
        private final CellStyle totalHours;
        private int nextRow;
        private int widestTitle = ITEM_HEADERS.get(1).length();

        Page(XSSFWorkbook workbook, Styles styles) {
            this.sheet = workbook.createSheet(SHEET);
            this.styles = styles;
            this.hoursValue = leftAligned(workbook, styles.summaryHours);
            this.percentValue = leftAligned(workbook, styles.percent);
            this.dateValue = leftAligned(workbook, styles.date);
            this.totalHours = workbook.createCellStyle();
            totalHours.cloneStyleFrom(styles.totalHours);
            totalHours.setDataFormat(styles.summaryHours.getDataFormat());
        }

        private static CellStyle leftAligned(XSSFWorkbook workbook, CellStyle base) {
            CellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(base);
            style.setAlignment(HorizontalAlignment.LEFT);
            return style;
        }

        void fill(ReconcileResult result, String community) {
            Optional<CommunityStatus> status = result.communities().stream()
                    .filter(s -> s.community().equals(community)).findFirst();
            Optional<ContractPeriod> period = status.flatMap(CommunityStatus::period);
            LocalDate since = period.map(ContractPeriod::start).orElse(result.from());
            List<WorkItem> delivered = result.items().stream()
                    .filter(item -> item.community().filter(community::equals).isPresent())
                    .filter(WorkItem::isDelivered)
                    .filter(item -> item.completedOn().filter(day -> !day.isBefore(since) && !day.isAfter(result.to()))
                            .isPresent())
                    .sorted(Comparator.comparing((WorkItem item) -> item.completedOn().get())
                            .thenComparing(WorkItem::title, Comparator.nullsLast(WorkbookWriter.BY_NAME)))
                    .toList();

            text(sheet.createRow(nextRow++), LABEL, TITLE, styles.title);
            nextRow++;
            Row name = sheet.createRow(nextRow++);
            text(name, 0, "Community", styles.header);
            text(name, 1, community, styles.header);
            if (period.isPresent()) {
                dateLine("Contract period from", period.get().start());
                dateLine("Contract period to", period.get().end());
            } else {
                Row none = sheet.createRow(nextRow++);
                text(none, 0, "Contract period", styles.text);
                text(none, 1, "no contract covers " + result.to() + "; work delivered from " + result.from(),
                        styles.text);
            }
            dateLine("Statement as of", result.to());

            BigDecimal total = sum(delivered, false);
            BigDecimal estimated = sum(delivered, true);
            nextRow++;
            status.flatMap(CommunityStatus::contractedHours).ifPresent(hours -> hoursLine("Contracted hours", hours));
            hoursLine("Hours delivered", total);
            hoursLine("of which estimated", estimated);
            status.flatMap(CommunityStatus::contractedHours).ifPresent(contracted -> {
                BigDecimal left = contracted.subtract(total);
                if (left.signum() >= 0) {
                    hoursLine("Hours remaining", left);
                } else {
                    hoursLine("Hours beyond the contract", left.negate());
                }
                if (contracted.signum() > 0) {
                    Row used = sheet.createRow(nextRow++);
                    text(used, 0, "Used %", styles.text);
                    number(used, 1, total.divide(contracted, 4, RoundingMode.HALF_UP), percentValue);
                }
            });

            nextRow++;
            Row header = sheet.createRow(nextRow++);
            for (int column = 0; column < ITEM_HEADERS.size(); column++) {
                text(header, column, ITEM_HEADERS.get(column), styles.header);
            }
            for (WorkItem item : delivered) {
                Row row = sheet.createRow(nextRow++);
                Cell day = row.createCell(0);
                day.setCellValue(item.completedOn().get());
                day.setCellStyle(dateValue);
                text(row, 1, item.title(), styles.text);
                widestTitle = Math.max(widestTitle, item.title() == null ? 0 : item.title().length());
                item.hours().ifPresent(hours -> number(row, 2, hours, styles.hours));
                text(row, 3, item.isEstimated() ? ESTIMATED : "", styles.text);
            }
            Row totals = sheet.createRow(nextRow++);
            text(totals, 0, "Total", styles.totalLabel);
            text(totals, 1, delivered.size() + (delivered.size() == 1 ? " item" : " items"), styles.totalLabel);
            number(totals, 2, total, totalHours);
            nextRow++;
            FOOTNOTE.forEach(line -> text(sheet.createRow(nextRow++), 0, line, styles.text));

            sheet.setColumnWidth(0, 24 * 256);
            sheet.setColumnWidth(1, (Math.min(widestTitle, MAX_TITLE_CHARS) + 3) * 256);
            sheet.setColumnWidth(2, 10 * 256);
            sheet.setColumnWidth(3, 12 * 256);
            PageLayout.fitToWidth(sheet, new int[] {24, Math.min(widestTitle, MAX_TITLE_CHARS) + 3, 10, 12});
            PageLayout.footer(sheet, "CSH statement for " + community + ",", since, result.to());
        }

        private static BigDecimal sum(List<WorkItem> items, boolean estimatedOnly) {
            return items.stream().filter(item -> !estimatedOnly || item.isEstimated())
                    .map(item -> item.hours().orElse(BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        private void dateLine(String label, LocalDate date) {
            Row row = sheet.createRow(nextRow++);
            text(row, 0, label, styles.text);
            Cell cell = row.createCell(1);
            cell.setCellValue(date);
            cell.setCellStyle(dateValue);
        }

        private void hoursLine(String label, BigDecimal hours) {
            Row row = sheet.createRow(nextRow++);
            text(row, 0, label, styles.text);
            number(row, 1, hours, hoursValue);
        }

        private static void number(Row row, int column, BigDecimal value, CellStyle style) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(style);
        }

        private void text(Row row, int column, String value, CellStyle style) {
            if (value == null || value.isEmpty()) {
                return;
            }
            styles.writeText(row.createCell(column), value, style);
        }
    }
}
