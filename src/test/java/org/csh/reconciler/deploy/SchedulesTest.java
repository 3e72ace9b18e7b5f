package org.csh.reconciler.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csh.reconciler.deploy.Manifests.CRONJOB;
import static org.csh.reconciler.deploy.Manifests.RERUN_JOB;
import static org.csh.reconciler.deploy.Manifests.at;
import static org.csh.reconciler.deploy.Manifests.container;
import static org.csh.reconciler.deploy.Manifests.listAt;
import static org.csh.reconciler.deploy.Manifests.mapAt;
import static org.csh.reconciler.deploy.Manifests.only;
import static org.csh.reconciler.deploy.Manifests.volumeMountedAt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.csh.reconciler.cli.ReconcileRunner;
import org.csh.reconciler.cli.RunArguments;
import org.csh.reconciler.contract.CommunitiesFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.scheduling.support.CronExpression;

/** The schedules in {@code jobs/}: the nightly CronJob, the rerun Job and the plain server's crontab. */
class SchedulesTest {

    private static final List<String> SECRET_VARIABLES = List.of("CSH_GITHUB_TOKEN", "CSH_ASANA_TOKEN",
            "SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD", "SPRING_MAIL_PASSWORD");
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(token|password|secret|credential|datasource_url|datasource_username).*");
    // what GitHub and Asana tokens look like, and an Authorization header
    private static final Pattern TOKEN_TEXT = Pattern.compile("gh[pousr]_[A-Za-z0-9]{20,}|github_pat_\\w{20,}|\\b[0-9]/[0-9]{10,}:[0-9a-f]{20,}|(?i)bearer\\s+\\S{8,}");

    private final Map<String, Object> cronJob = only(CRONJOB, "CronJob");
    private final Map<String, Object> rerunJob = only(RERUN_JOB, "Job");

    @Test
    void cronJobIsABatchV1CronJob() {
        assertThat(cronJob).containsEntry("apiVersion", "batch/v1").containsEntry("kind", "CronJob");
    }

    @Test
    void cronJobRunsOnceEveryNight() {
        String schedule = (String) at(cronJob, "spec.schedule");

        assertFiveFieldCron(schedule);
        CronExpression cron = CronExpression.parse("0 " + schedule);
        LocalDateTime first = cron.next(LocalDateTime.of(2026, 11, 25, 12, 0));
        LocalDateTime second = cron.next(first);
        assertThat(Duration.between(first, second)).isEqualTo(Duration.ofDays(1));
        assertThat(first.getHour()).as("hour of the nightly run").isBetween(0, 5);
    }

    @Test
    void cronJobScheduleIsInANamedTimeZone() {
        String zone = (String) at(cronJob, "spec.timeZone");

        assertThat(ZoneId.of(zone)).isNotNull();
        assertThat(zone).contains("/");
    }

    @Test
    void cronJobNeverStartsARunWhileOneIsGoing() {
        assertThat(at(cronJob, "spec.concurrencyPolicy")).isEqualTo("Forbid");
    }

    @Test
    void cronJobSkipsARunMissedByMoreThanItsStartingDeadline() {
        assertThat((Integer) at(cronJob, "spec.startingDeadlineSeconds")).isBetween(60, 6 * 3600);
    }

    @Test
    void cronJobKeepsTheLastFewJobsForTheirLogs() {
        assertThat((Integer) at(cronJob, "spec.successfulJobsHistoryLimit")).isBetween(1, 10);
        assertThat((Integer) at(cronJob, "spec.failedJobsHistoryLimit")).isBetween(1, 10);
    }

    @Test
    void bothJobsRetryAFewTimesWithinADeadlineWithoutRestartingInPlace() {
        for (Map<String, Object> job : List.of(cronJobSpec(), rerunJobSpec())) {
            assertThat((Integer) at(job, "backoffLimit")).isBetween(0, 3);
            assertThat((Integer) at(job, "activeDeadlineSeconds")).isBetween(600, 6 * 3600);
            assertThat(at(job, "template.spec.restartPolicy")).isEqualTo("Never");
        }
    }

    @Test
    void badConfigurationAndAnOverlappingRunAreNotRetriedButAFailedRunIs() {
        for (Map<String, Object> job : List.of(cronJobSpec(), rerunJobSpec())) {
            Map<String, Object> failJob = listAt(job, "podFailurePolicy.rules").stream()
                    .filter(rule -> "FailJob".equals(rule.get("action"))).findFirst().orElseThrow();

            assertThat(at(failJob, "onExitCodes.operator")).isEqualTo("In");
            assertThat(stringList(at(failJob, "onExitCodes.values"))).containsExactlyInAnyOrder(
                    String.valueOf(ReconcileRunner.BAD_INPUT), String.valueOf(ReconcileRunner.ALREADY_RUNNING));
            assertThat(at(failJob, "onExitCodes.containerName")).isEqualTo(container(podSpec(job)).get("name"));
        }
    }

    @Test
    void tokensAndDatabaseCredentialsComeFromTheSecret() {
        Map<String, Map<String, Object>> env = env(podSpec(cronJobSpec()));

        assertThat(env).containsKeys(SECRET_VARIABLES.toArray(String[]::new));
        for (String name : SECRET_VARIABLES) {
            assertThat(env.get(name)).as(name).doesNotContainKey("value");
            Map<String, Object> ref = mapAt(env.get(name), "valueFrom.secretKeyRef");
            assertThat(ref).as(name).containsKeys("name", "key");
        }
    }

    @Test
    void noManifestHoldsALiteralSecret() throws IOException {
        for (Path file : List.of(CRONJOB, RERUN_JOB, Path.of("jobs", "crontab"))) {
            assertThat(Files.readString(file)).as(file.toString()).doesNotContainPattern(TOKEN_TEXT);
        }
        for (Path file : List.of(CRONJOB, RERUN_JOB)) {
            for (Map<String, Object> document : Manifests.documents(file)) {
                assertThat(document.get("kind")).as(file + ": secrets are created by hand").isNotEqualTo("Secret");
                assertNoLiteralSecret(document, file.toString());
            }
        }
    }

    @Test
    void jobsRunAsTheImagesNonRootUserOnAReadOnlyFilesystem() {
        String imageUser = DockerfileInstructions.read(DockerfileInstructions.DOCKERFILE).user().split(":")[0];
        for (Map<String, Object> job : List.of(cronJobSpec(), rerunJobSpec())) {
            Map<String, Object> pod = podSpec(job);
            Map<String, Object> container = container(pod);

            assertThat(at(pod, "securityContext.runAsNonRoot")).isEqualTo(true);
            assertThat(String.valueOf(at(pod, "securityContext.runAsUser"))).isEqualTo(imageUser);
            assertThat(at(container, "securityContext.readOnlyRootFilesystem")).isEqualTo(true);
            assertThat(at(container, "securityContext.allowPrivilegeEscalation")).isEqualTo(false);
            assertThat(volumeMountedAt(pod, "/tmp")).containsKey("emptyDir");
        }
    }

    @Test
    void jobsAskForAndAreLimitedToCpuAndMemory() {
        for (Map<String, Object> job : List.of(cronJobSpec(), rerunJobSpec())) {
            Map<String, Object> container = container(podSpec(job));

            assertThat(mapAt(container, "resources.requests")).containsKeys("cpu", "memory");
            assertThat(mapAt(container, "resources.limits")).containsKey("memory");
        }
    }

    @Test
    void configComesFromTheConfigMapMountedAtAppConfig() {
        Map<String, Object> configVolume = volumeMountedAt(podSpec(cronJobSpec()), "/app/config");
        Map<String, Object> configMap = only(CRONJOB, "ConfigMap");

        assertThat(at(configVolume, "configMap.name")).isEqualTo(at(configMap, "metadata.name"));
        assertThat(mapAt(configMap, "data")).containsKeys("application.yml", "communities.yml");
        assertThat(Manifests.parse((String) mapAt(configMap, "data").get("application.yml"))).isInstanceOf(Map.class);
    }

    @Test
    void exampleContractsInTheConfigMapAreValid(@TempDir Path dir) throws IOException {
        Path communities = Files.writeString(dir.resolve("communities.yml"),
                (String) mapAt(only(CRONJOB, "ConfigMap"), "data").get("communities.yml"));

        assertThat(CommunitiesFile.load(communities)).isNotNull();
    }

    @Test
    void reportsGoOnThePersistentVolumeClaim() {
        Map<String, Object> claim = only(CRONJOB, "PersistentVolumeClaim");
        for (Map<String, Object> job : List.of(cronJobSpec(), rerunJobSpec())) {
            Map<String, Object> reports = volumeMountedAt(podSpec(job), "/app/reports");

            assertThat(at(reports, "persistentVolumeClaim.claimName")).isEqualTo(at(claim, "metadata.name"));
        }
    }

    @Test
    void cronJobSwitchesOnJsonLogs() {
        Map<String, Map<String, Object>> env = env(podSpec(cronJobSpec()));

        assertThat(env.get("LOGGING_STRUCTURED_FORMAT_CONSOLE")).containsEntry("value", "ecs");
    }

    @Test
    void rerunJobIsAOneOffBatchV1Job() {
        assertThat(rerunJob).containsEntry("apiVersion", "batch/v1").containsEntry("kind", "Job");
        assertThat((Integer) at(rerunJob, "spec.ttlSecondsAfterFinished")).isPositive();
        assertThat(at(rerunJob, "metadata.generateName")).asString().endsWith("-");
    }

    @Test
    void rerunJobPassesADateRangeTheJobAccepts() {
        List<String> args = stringList(at(container(podSpec(rerunJobSpec())), "args"));

        assertThat(args).anyMatch(a -> a.startsWith("--from=")).anyMatch(a -> a.startsWith("--to="));
        RunArguments parsed = RunArguments.parse(args.toArray(String[]::new));
        assertThat(parsed.from()).isPresent();
        assertThat(parsed.to()).isPresent();
    }

    @Test
    void rerunJobRunsTheSamePodAsTheCronJobButForItsRange() {
        Map<String, Object> nightly = new HashMap<>(podSpec(cronJobSpec()));
        Map<String, Object> rerun = new HashMap<>(podSpec(rerunJobSpec()));
        Map<String, Object> rerunContainer = new HashMap<>(container(rerun));
        rerunContainer.remove("args");
        rerun.put("containers", List.of(rerunContainer));

        assertThat(rerun).isEqualTo(nightly);
    }

    @Test
    void crontabRunsNightlyInTheInstallDirWithoutOverlapAndAppendsToALog() throws IOException {
        List<String> jobLines = Files.readAllLines(Path.of("jobs", "crontab")).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#") && !l.matches("[A-Z_]+=.*")).toList();

        assertThat(jobLines).hasSize(1);
        String[] fields = jobLines.get(0).split("\\s+", 6);
        assertFiveFieldCron(String.join(" ", List.of(fields).subList(0, 5)));
        String command = fields[5];
        assertThat(command).startsWith("cd /").contains("flock -n ").contains(".env").contains("java ")
                .containsPattern(">> ?\\S+\\.log 2>&1");
        assertThat(command).as("cron turns % into a newline").doesNotContain("%");
    }

    private Map<String, Object> cronJobSpec() {
        return mapAt(cronJob, "spec.jobTemplate.spec");
    }

    private Map<String, Object> rerunJobSpec() {
        return mapAt(rerunJob, "spec");
    }

    private static Map<String, Object> podSpec(Map<String, Object> jobSpec) {
        return mapAt(jobSpec, "template.spec");
    }

    private static Map<String, Map<String, Object>> env(Map<String, Object> podSpec) {
        Map<String, Map<String, Object>> env = new HashMap<>();
        for (Map<String, Object> variable : listAt(container(podSpec), "env")) {
            env.put((String) variable.get("name"), variable);
        }
        return env;
    }

    /** Five fields of digits, '*', ',', '-' and '/', within cron's ranges: what Kubernetes and cron both accept. */
    private static void assertFiveFieldCron(String schedule) {
        String[] fields = schedule.strip().split("\\s+");
        assertThat(fields).as("fields of '%s'", schedule).hasSize(5);
        for (String field : fields) {
            assertThat(field).matches("[0-9*,/-]+");
        }
        // Spring's parser has a seconds field first; it checks every value against its field's range
        assertThat(CronExpression.parse("0 " + schedule)).isNotNull();
    }

    private static void assertNoLiteralSecret(Object node, String where) {
        if (node instanceof Map<?, ?> map) {
            if (map.get("name") instanceof String name && map.containsKey("value")) {
                assertThat(SECRET_NAME.matcher(name).matches()).as("%s: %s has a literal value", where, name).isFalse();
            }
            map.forEach((key, value) -> {
                if (SECRET_NAME.matcher(String.valueOf(key)).matches()) {
                    assertThat(value).as("%s: literal %s", where, key).isNotInstanceOf(String.class);
                }
                // the ConfigMap's files are YAML in a string: look inside them too
                if (value instanceof String text && String.valueOf(key).endsWith(".yml")) {
                    assertNoLiteralSecret(Manifests.parse(text), where + " " + key);
                } else {
                    assertNoLiteralSecret(value, where + "." + key);
                }
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> assertNoLiteralSecret(item, where));
        }
    }

    private static List<String> stringList(Object node) {
        assertThat(node).isInstanceOf(List.class);
        return ((List<?>) node).stream().map(String::valueOf).toList();
    }
}
