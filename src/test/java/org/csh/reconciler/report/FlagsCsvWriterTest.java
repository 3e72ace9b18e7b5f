package org.csh.reconciler.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csh.reconciler.report.AResult.aResult;
import static org.csh.reconciler.report.AResult.community;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.csh.reconciler.reconcile.ReconcileResult;
import org.csh.reconciler.reconcile.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlagsCsvWriterTest {

    private static final String HEADER = "Community,Status,Used hours,Contracted hours,Expected hours,Reason\r\n";

    @TempDir
    Path reportDir;

    private final FlagsCsvWriter writer = new FlagsCsvWriter();

    @Test
    void fileIsNamedForTheRunsRange() {
        Path written = writer.write(aResult().build(), reportDir);

        assertThat(written).isEqualTo(reportDir.resolve("bd-flags_2026-11-01_2026-11-25.csv")).isRegularFile();
    }

    @Test
    void startsWithAByteOrderMarkSoExcelReadsUtf8() throws IOException {
        byte[] bytes = Files.readAllBytes(writer.write(aResult().build(), reportDir));

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFF" + HEADER);
    }

    @Test
    void listsFlaggedCommunitiesWithOneDecimalHoursAsTheSheetShowsThemAndCrlfLineEnds() throws IOException {
        ReconcileResult result = aResult()
                .with(community("Alpha"))
                .with(community("Beta").status(Status.EXCEEDING, "Used 120%").logged("48", "0.5"))
                .build();

        assertThat(read(writer.write(result, reportDir)))
                .isEqualTo(HEADER + "Beta,EXCEEDING,48.5,40.0,35.6,Used 120%\r\n");
    }

    @Test
    void absentFiguresAreEmptyFields() throws IOException {
        ReconcileResult result = aResult()
                .with(community("Nowhere").withoutContract().status(Status.NO_CONTRACT, "No contract")).build();

        assertThat(read(writer.write(result, reportDir)))
                .isEqualTo(HEADER + "Nowhere,NO_CONTRACT,32.8,,,No contract\r\n");
    }

    @Test
    void fieldsWithCommaQuoteOrLineBreakAreQuotedWithQuotesDoubled() throws IOException {
        ReconcileResult result = aResult()
                .with(community("Uni, \"North\"").status(Status.UNDERUSING, "Line one\r\nline two")).build();

        assertThat(read(writer.write(result, reportDir))).isEqualTo(HEADER
                + "\"Uni, \"\"North\"\"\",UNDERUSING,32.8,40.0,35.6,\"Line one\r\nline two\"\r\n");
    }

    @Test
    void textThatLooksLikeAFormulaGetsAQuoteInFront() throws IOException {
        ReconcileResult result = aResult()
                .with(community("=HYPERLINK(\"http://evil\",\"x\")").status(Status.EXCEEDING, "@SUM(1+1)")).build();

        assertThat(read(writer.write(result, reportDir))).isEqualTo(HEADER
                + "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",EXCEEDING,32.8,40.0,35.6,'@SUM(1+1)\r\n");
    }

    @Test
    void rewritingTheSameRangeReplacesTheFileAndLeavesNoTemporaryFile() throws IOException {
        writer.write(aResult().with(community("Old").status(Status.EXCEEDING, "old")).build(), reportDir);

        Path written = writer.write(aResult().with(community("New").status(Status.EXCEEDING, "new")).build(),
                reportDir);

        assertThat(read(written)).contains("New").doesNotContain("Old");
        assertThat(WorkbookWriterTest.filesIn(reportDir)).containsExactly("bd-flags_2026-11-01_2026-11-25.csv");
    }

    private static String read(Path csv) throws IOException {
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return text.substring(1);
    }
}
