package org.csh.reconciler.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.csh.reconciler.report.AResult.aResult;
import static org.csh.reconciler.report.AResult.community;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;

import org.csh.reconciler.reconcile.ReconcileResult;
import org.csh.reconciler.reconcile.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook and the CSV of a range are replaced together or not at all. */
class ReportPairTest {

    @TempDir
    Path reportDir;

    private final ReportContext context = ReportContext.at(Instant.parse("2026-11-25T06:00:00Z"));
    private ReconcileResult before;
    private ReconcileResult after;
    private Path workbook;
    private Path csv;

    @BeforeEach
    void results() {
        before = aResult().with(community("Alpha").status(Status.EXCEEDING, "Used 120%").logged("48", "0.5")).build();
        after = aResult().with(community("Beta").status(Status.EXCEEDING, "Used 130%").logged("52", "0.5")).build();
        workbook = reportDir.resolve(WorkbookWriter.fileName(before.from(), before.to()));
        csv = reportDir.resolve(FlagsCsvWriter.fileName(before.from(), before.to()));
    }

    @Test
    void bothFilesAreWrittenUnderTheirNames() throws IOException {
        ReportPair.Written written = ReportPair.write(new WorkbookWriter(), new FlagsCsvWriter(), after, context,
                reportDir);

        assertThat(written.workbook()).isEqualTo(workbook).isRegularFile();
        assertThat(Files.readString(written.flags())).contains("Beta");
        assertThat(temporaries()).isEmpty();
    }

    @Test
    void aCsvThatCannotBeWrittenLeavesThePreviousPair() throws IOException {
        ReportPair.write(new WorkbookWriter(), new FlagsCsvWriter(), before, context, reportDir);
        byte[] previousWorkbook = Files.readAllBytes(workbook);
        byte[] previousCsv = Files.readAllBytes(csv);

        assertThatThrownBy(() -> ReportPair.write(new WorkbookWriter(), new DiskFullCsv(), after, context, reportDir))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("No space left on device")
                .hasMessageContaining(csv.getFileName().toString()).hasMessageContaining("no file of this report");

        assertThat(Files.readAllBytes(workbook)).as("the previous workbook").isEqualTo(previousWorkbook);
        assertThat(Files.readAllBytes(csv)).as("the previous CSV").isEqualTo(previousCsv);
        assertThat(temporaries()).isEmpty();
    }

    @Test
    void aCsvThatCannotBeWrittenOnANewRangeLeavesNothing() {
        assertThatThrownBy(() -> ReportPair.write(new WorkbookWriter(), new DiskFullCsv(), after, context, reportDir))
                .isInstanceOf(UncheckedIOException.class);

        assertThat(workbook).doesNotExist();
        assertThat(csv).doesNotExist();
        assertThat(temporaries()).isEmpty();
    }

    @Test
    void aCsvThatCannotBeRenamedIntoPlaceGivesTheWorkbookItsPreviousVersionBack() throws IOException {
        // a workbook from the last run, and something in the CSV's place that no rename may replace
        ReportPair.write(new WorkbookWriter(), new FlagsCsvWriter(), before, context, reportDir);
        byte[] previousWorkbook = Files.readAllBytes(workbook);
        Files.delete(csv);
        Files.createDirectories(csv);
        Files.writeString(csv.resolve("keep"), "in the way");

        assertThatThrownBy(() -> ReportPair.write(new WorkbookWriter(), new FlagsCsvWriter(), after, context,
                reportDir)).isInstanceOf(UncheckedIOException.class);

        assertThat(Files.readAllBytes(workbook)).as("the previous workbook, back in place").isEqualTo(previousWorkbook);
        assertThat(temporaries()).isEmpty();
    }

    @Test
    void temporaryFilesLeftByAKilledRunAreRemovedByTheNextReport() throws IOException {
        Path leftOver = Files.createFile(reportDir.resolve("." + workbook.getFileName()
                + ".1b4e28ba-2fa1-11d2-883f-0016d3cca427.tmp"));
        Path keptForARollBack = Files.createFile(reportDir.resolve("." + csv.getFileName()
                + ".6fa459ea-ee8a-3ca4-894e-db77e160355e.previous"));
        Path someoneElses = Files.createFile(reportDir.resolve(".notes.tmp"));

        ReportPair.write(new WorkbookWriter(), new FlagsCsvWriter(), after, context, reportDir);

        assertThat(leftOver).doesNotExist();
        assertThat(keptForARollBack).doesNotExist();
        assertThat(someoneElses).as("only our own names are removed").exists();
    }

    private java.util.List<Path> temporaries() {
        try (Stream<Path> files = Files.list(reportDir)) {
            return files.filter(file -> file.getFileName().toString().startsWith(".")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CSV writer on a full disk: it fails half way through. */
    private static final class DiskFullCsv extends FlagsCsvWriter {
        @Override
        void writeTo(ReconcileResult result, OutputStream out) throws IOException {
            out.write("community,".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        }
    }
}
