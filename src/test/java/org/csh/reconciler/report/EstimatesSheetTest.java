package org.csh.reconciler.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csh.reconciler.report.AResult.aResult;
import static org.csh.reconciler.report.AResult.item;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.csh.reconciler.estimate.BackTestResult;
import org.csh.reconciler.estimate.Estimate.Confidence;
import org.csh.reconciler.reconcile.ReconcileResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EstimatesSheetTest {

    @TempDir
    Path reportDir;

    @Test
    void listsEachEstimatedItemWithItsBasisAndConfidence() throws IOException {
        ReconcileResult result = aResult()
                .with(item("Support call").estimated(90, "similar: #812, #790 (median 1.5 h)", Confidence.MEDIUM))
                .with(item("Timed work"))
                .build();

        Sheet sheet = estimatesSheetOf(result);

        assertThat(cells(sheet.getRow(0))).containsExactly("Community", "Title", "URL", "Completed",
                "Estimated hours", "Confidence", "Estimate basis");
        Row row = sheet.getRow(1);
        assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Support call");
        assertThat(row.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(1.5);
        assertThat(row.getCell(5).getStringCellValue()).isEqualTo("MEDIUM");
        assertThat(row.getCell(6).getStringCellValue()).isEqualTo("similar: #812, #790 (median 1.5 h)");
        Row next = sheet.getRow(2);
        assertThat(next == null || next.getCell(1) == null).as("the timed item is not listed").isTrue();
    }

    @Test
    void showsTheBackTestFiguresOfTheRunBelowTheItems() throws IOException {
        ReconcileResult built = aResult()
                .with(item("Support call").estimated(90, "prior: meeting or call (median of 9 timed, 1.5 h)",
                        Confidence.MEDIUM))
                .build();
        ReconcileResult result = new ReconcileResult(built.from(), built.to(), built.communities(), built.items(),
                built.findings(), Optional.of(new BackTestResult(54, 0.28, 0.25, 1.10, 74.5)));

        Sheet sheet = estimatesSheetOf(result);

        List<Row> figures = new ArrayList<>();
        sheet.forEach(r -> {
            if (r.getCell(0) != null && EstimatesSheet.BACK_TEST.equals(r.getCell(0).getStringCellValue())) {
                figures.add(r);
            }
        });
        assertThat(figures).extracting(r -> r.getCell(1).getStringCellValue()).containsExactly(
                "timed items predicted, in order of completion, each from the items before it",
                "mean absolute error (h)", "median absolute error (h)",
                "mean absolute error of always guessing the median (h)",
                "improvement over always guessing the median");
        assertThat(figures).extracting(r -> r.getCell(4).getNumericCellValue())
                .containsExactly(54.0, 0.28, 0.25, 1.10, 0.745);
    }

    @Test
    void saysWhichEstimatorTheBackTestChoseAndWhatTheOthersScored() throws IOException {
        ReconcileResult built = aResult().build();
        String chosen = "stated durations, else the median: no candidate beat the median by more than the noise";
        String candidates = "mean absolute error: the median 0.85 h; vote of 80 similar items 0.73 h";
        ReconcileResult result = new ReconcileResult(built.from(), built.to(), built.communities(), built.items(),
                built.findings(), Optional.of(new BackTestResult(116, 0.85, 1.0, 0.85, 0, Optional.of(chosen),
                Optional.of(candidates))));

        Sheet sheet = estimatesSheetOf(result);

        List<String> labels = new ArrayList<>();
        sheet.forEach(r -> {
            if (r.getCell(0) != null && EstimatesSheet.BACK_TEST.equals(r.getCell(0).getStringCellValue())) {
                labels.add(r.getCell(1).getStringCellValue());
            }
        });
        assertThat(labels).endsWith("untimed items are estimated with: " + chosen,
                "candidates back-tested on the same items, " + candidates);
    }

    @Test
    void saysWhenThereWasTooLittleToBackTest() throws IOException {
        Sheet sheet = estimatesSheetOf(aResult().build());

        assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo(EstimatesSheet.BACK_TEST);
        assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).startsWith("too few timed items");
    }

    private Sheet estimatesSheetOf(ReconcileResult result) throws IOException {
        // read back in memory; left open so the sheet stays readable (nothing to release for an in-memory workbook)
        XSSFWorkbook workbook = WorkbookWriterTest.open(new WorkbookWriter().write(result, reportDir));
        return workbook.getSheet(EstimatesSheet.NAME);
    }

    private static List<String> cells(Row row) {
        List<String> values = new ArrayList<>();
        row.forEach(cell -> values.add(cell.getStringCellValue()));
        return values;
    }
}
