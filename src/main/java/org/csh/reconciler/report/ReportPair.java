package org.csh.reconciler.report;

import java.nio.file.Path;
import java.util.List;

import org.csh.reconciler.reconcile.ReconcileResult;

/**
 * The workbook and the BD flags CSV of one range, replaced as a pair: both are written to temporary names and
 * both renamed only when both are complete, so a failed run leaves the previous pair, or nothing.
 */
public final class ReportPair {

    /** Where the pair now is. */
    public record Written(Path workbook, Path flags) {
    }

    private ReportPair() {
    }

    public static Written write(WorkbookWriter workbook, FlagsCsvWriter flags, ReconcileResult result,
            ReportContext context, Path reportDir) {
        List<Path> written = AtomicReportFile.writeTogether(reportDir, List.of(
                new AtomicReportFile.Part(WorkbookWriter.fileName(result.from(), result.to()),
                        out -> workbook.writeTo(result, context, out)),
                new AtomicReportFile.Part(FlagsCsvWriter.fileName(result.from(), result.to()),
                        out -> flags.writeTo(result, out))));
        return new Written(written.get(0), written.get(1));
    }
}
