package org.csh.reconciler.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What a test that runs the application in child JVMs needs for each case: its own working directory under
 * {@code target/}, the sample organisation's APIs on loopback, and a fresh job database (an H2 file, or PostgreSQL
 * with {@code -Ppostgres}). Register it with {@code @RegisterExtension}.
 */
final class SampleProcesses implements BeforeEachCallback, AfterEachCallback {

    static final LocalDate RUN_DATE = LocalDate.parse("2026-11-25");
    /** Generous: on a machine shared by many builds a JVM alone may take half a minute to start. */
    static final Duration LIMIT = Duration.ofSeconds(120);
    private static final List<String> NOVEMBER = List.of("--from=2026-11-01", "--to=2026-11-25", "--csh.zone=UTC");

    private final String prefix;
    private Path workDir;
    private SampleApis apis;
    private TestDatabase database;

    SampleProcesses(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        TestDatabase.assumeAvailable();
        Files.createDirectories(Path.of("target"));
        workDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), prefix);
        apis = SampleApis.start(RUN_DATE, workDir.resolve("demo"));
        database = TestDatabase.fresh(workDir.resolve("data"));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (apis != null) {
            apis.close();
        }
    }

    /** Starts the job for November to the run date against the sample APIs, with {@code settings} added. */
    ProcessRun runNovember(String... settings) throws Exception {
        List<String> args = new ArrayList<>(NOVEMBER);
        args.add("--csh.report.dir=" + workDir.resolve("reports"));
        args.addAll(List.of(settings));
        args.addAll(apis.arguments());
        return start(args);
    }

    /** Starts the application with exactly {@code args}, on this case's job database. */
    ProcessRun start(List<String> args) throws Exception {
        return start(args, Map.of());
    }

    /** As {@link #start(List)}, with {@code environment} added to the job database's. */
    ProcessRun start(List<String> args, Map<String, String> environment) throws Exception {
        Map<String, String> all = new HashMap<>(database.environment());
        all.putAll(environment);
        return ProcessRun.start(workDir, all, args);
    }

    /** The workbook a November run writes. */
    Path report() {
        return workDir.resolve("reports").resolve("csh-report_2026-11-01_2026-11-25.xlsx");
    }

    Path workDir() {
        return workDir;
    }

    SampleApis apis() {
        return apis;
    }

    TestDatabase database() {
        return database;
    }
}
