package org.csh.reconciler.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.csh.reconciler.demo.DemoServer;
import org.csh.reconciler.estimate.BackTestResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The sample organisation's run estimates its untimed items with the learned estimator, lists them in the Estimates
 * sheet with basis and confidence, and back-tests the estimator on the run's timed items for {@code --evaluate-estimates}.
 */
@SpringBatchTest
@SpringBootTest(properties = {
        "csh.run-on-startup=false",
        "spring.datasource.url=jdbc:h2:mem:estimates;DB_CLOSE_DELAY=-1"})
class EstimatesFunctionalTests {

    static final LocalDate RUN_DATE = LocalDate.parse("2026-11-25");
    static Path workDir;
    static DemoServer demo;

    @Autowired
    JobOperatorTestUtils jobs;

    @BeforeAll
    static void serveSampleOrganisation() throws Exception {
        workDir = Files.createTempDirectory("csh-estimates");
        demo = DemoServer.start(RUN_DATE, workDir);
    }

    @AfterAll
    static void stop() {
        demo.close();
    }

    @DynamicPropertySource
    static void pointAtTheStubs(DynamicPropertyRegistry registry) {
        for (String argument : demo.arguments()) {
            String property = argument.substring(2, argument.indexOf('='));
            String value = argument.substring(argument.indexOf('=') + 1);
            registry.add(property, () -> value);
        }
        registry.add("csh.report.dir", () -> workDir.resolve("reports").toString());
    }

    @Test
    void estimatesSheetListsEachEstimateAndTheBackTestOfTheRunsTimedItems() throws Exception {
        JobExecution execution = jobs.startJob(JobRange.parameters(
                new RunArguments.DateRange(RUN_DATE.withDayOfMonth(1), RUN_DATE), 1));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        BackTestResult backTest = EstimateEvaluation.of(execution).orElseThrow();
        assertThat(backTest.predicted()).isPositive();
        assertThat(EstimateEvaluation.text(EstimateEvaluation.of(execution)))
                .contains("mean absolute error", "median absolute error", "improvement over the baseline");

        Path workbook = workDir.resolve("reports").resolve("csh-report_2026-11-01_2026-11-25.xlsx");
        try (InputStream in = Files.newInputStream(workbook); Workbook book = new XSSFWorkbook(in)) {
            Sheet estimates = book.getSheet("Estimates");
            List<Row> items = new ArrayList<>();
            List<Row> figures = new ArrayList<>();
            for (int r = 1; r <= estimates.getLastRowNum(); r++) {
                Row row = estimates.getRow(r);
                if (row == null || row.getCell(1) == null) {
                    continue;
                }
                boolean figure = row.getCell(0) != null && "Back-test".equals(row.getCell(0).getStringCellValue());
                (figure ? figures : items).add(row);
            }
            assertThat(items).isNotEmpty().allSatisfy(row -> {
                assertThat(row.getCell(5).getStringCellValue()).isIn("LOW", "MEDIUM", "HIGH");
                assertThat(row.getCell(6).getStringCellValue())
                        .matches("(explicit|similar|prior|median|default).*");
                assertThat(row.getCell(4).getNumericCellValue()).isBetween(0.0, 8.0);
            });
            assertThat(figures).hasSize(5);
            assertThat(figures.get(1).getCell(4).getNumericCellValue())
                    .isEqualTo(Math.round(backTest.meanAbsoluteErrorHours() * 100) / 100.0);
        }
    }
}
