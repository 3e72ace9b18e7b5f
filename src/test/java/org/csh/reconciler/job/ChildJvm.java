package org.csh.reconciler.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.csh.reconciler.CshReconcilerApplication;

/** Runs the real {@code main} in a child JVM, as cron would, and captures its exit status and all its output. */
final class ChildJvm {

    /** What a run left: exit status, and stdout and stderr together. */
    record Run(int status, String output) {
    }

    private ChildJvm() {
    }

    static Run run(Path workDir, Map<String, String> environment, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xshare:auto");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(CshReconcilerApplication.class.getName());
        command.addAll(args);
        Path log = Files.createTempFile(workDir, "child", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("CSH_"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the child JVM did not finish within 120 s");
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        // kept for reading when a test fails
        Path kept = Paths.get("target", "child-jvm", workDir.getFileName() + ".log");
        Files.createDirectories(kept.getParent());
        Files.writeString(kept, output, StandardCharsets.UTF_8);
        return new Run(process.exitValue(), output);
    }
}
