package org.csh.reconciler.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csh.reconciler.deploy.Manifests.CRONJOB;
import static org.csh.reconciler.deploy.Manifests.container;
import static org.csh.reconciler.deploy.Manifests.listAt;
import static org.csh.reconciler.deploy.Manifests.mapAt;
import static org.csh.reconciler.deploy.Manifests.only;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.csh.reconciler.CshReconcilerApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the console shows: plain lines by default, JSON lines when the CronJob's environment says so.
 * Each test runs the application in a child JVM, as cron and Kubernetes do, so logging starts from scratch.
 */
class LogFormatTest {

    private static final String JSON_SWITCH = "LOGGING_STRUCTURED_FORMAT_CONSOLE";
    private static final String STEP_LINE = "step \\w+ COMPLETED: read \\d+ [A-Za-z -]+, wrote \\d+ [a-z ]+, [0-9.]+ (ms|s)|.* min .* s";

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theCronJobsEnvironmentMakesEveryConsoleLineAJsonObject(@TempDir Path dir) throws Exception {
        Map<String, String> environment = plainValuesOfTheCronJobsEnvironment();
        assertThat(environment).containsKey(JSON_SWITCH);

        Run run = run(dir, environment, "--demo");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : run.stdout()) {
            lines.add(json.readTree(line)); // throws on any line that is not JSON
        }
        assertThat(lines).isNotEmpty().allSatisfy(line -> {
            assertThat(line.isObject()).isTrue();
            assertThat(line.path("@timestamp").asText()).isNotEmpty();
            assertThat(line.path("log").path("level").asText()).isIn("TRACE", "DEBUG", "INFO", "WARN", "ERROR");
            assertThat(line.path("log").path("logger").asText()).startsWith("org.");
            assertThat(line.path("message").asText()).isNotEmpty();
            assertThat(line.path("service").path("name").asText()).isEqualTo("csh-reconciler");
        });
        assertThat(lines).filteredOn(line -> line.path("log").path("logger").asText().endsWith(".StepLog"))
                .extracting(line -> line.path("message").asText())
                .hasSize(7).allMatch(message -> message.matches(STEP_LINE));
    }

    @Test
    void withoutTheSwitchConsoleLinesAreTimeLevelLoggerAndMessage(@TempDir Path dir) throws Exception {
        // start and stop without running the job: enough settings for the context to start, no network
        Run run = run(dir, Map.of(), "--csh.run-on-startup=false", "--csh.asana.portfolio-gid=1",
                "--csh.github.repositories=example/support", "--csh.github.project.owner=example",
                "--csh.github.project.number=1");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).isNotEmpty()
                .allMatch(line -> line.matches("\\d{2}:\\d{2}:\\d{2}\\.\\d{3} (TRACE|DEBUG|INFO |WARN |ERROR) \\w+ - .+"))
                .anyMatch(line -> line.contains(" INFO  CshReconcilerApplication - Started CshReconcilerApplication"));
    }

    /** The CronJob's variables with a literal value: the secrets are left out, and need not be set here. */
    private static Map<String, String> plainValuesOfTheCronJobsEnvironment() {
        Map<String, Object> podSpec = mapAt(only(CRONJOB, "CronJob"), "spec.jobTemplate.spec.template.spec");
        Map<String, String> environment = new HashMap<>();
        for (Map<String, Object> variable : listAt(container(podSpec), "env")) {
            if (variable.get("value") != null) {
                environment.put((String) variable.get("name"), String.valueOf(variable.get("value")));
            }
        }
        return environment;
    }

    private record Run(int exitCode, List<String> stdout, String stderr) {
    }

    private static Run run(Path dir, Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CshReconcilerApplication.class.getName()));
        command.addAll(List.of(args));
        Path stdout = dir.resolve("stdout.log");
        Path stderr = dir.resolve("stderr.log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        builder.environment().remove(JSON_SWITCH);
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the application did not finish within 3 minutes");
        }
        List<String> lines = Files.readAllLines(stdout).stream().filter(l -> !l.isBlank()).toList();
        return new Run(process.exitValue(), lines, Files.readString(stderr));
    }
}
