package org.csh.reconciler.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.csh.reconciler.CshReconcilerApplication;

/**
 * The application run as operators run it: a child JVM on the test classpath, in its own working directory,
 * so that exit statuses, signals and two processes sharing one job database are tested for real.
 */
public final class ProcessRun {

    private final Process process;
    private final Path stdout;
    private final Path stderr;

    private ProcessRun(Process process, Path stdout, Path stderr) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** Starts {@code CshReconcilerApplication} with {@code args} and extra environment, in {@code workDir}. */
    public static ProcessRun start(Path workDir, Map<String, String> environment, List<String> args) throws IOException {
        Files.createDirectories(workDir);
        String name = "run-" + System.nanoTime();
        Path out = workDir.resolve(name + ".out");
        Path err = workDir.resolve(name + ".err");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"),
                CshReconcilerApplication.class.getName()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("CSH_") || key.startsWith("SPRING_"));
        builder.environment().putAll(environment);
        return new ProcessRun(builder.start(), out, err);
    }

    /** Waits for the process to exit and returns its status; kills it and fails if it takes longer than {@code limit}. */
    public int exitStatus(Duration limit) throws InterruptedException {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            throw new AssertionError("the run did not end within " + limit + "; stderr: " + stderr() + "\nstdout: " + stdout());
        }
        return process.exitValue();
    }

    /** SIGTERM, as Kubernetes and systemd stop a process. */
    public void terminate() {
        process.destroy();
    }

    /** SIGKILL: the process gets no chance to clean up. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String stdout() {
        return read(stdout);
    }

    public String stderr() {
        return read(stderr);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
