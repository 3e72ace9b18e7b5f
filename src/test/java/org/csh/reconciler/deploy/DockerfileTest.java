package org.csh.reconciler.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.csh.reconciler.deploy.DockerfileInstructions.Instruction;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The container image's recipe. No container engine is at hand in the Maven build, so this checks the text;
 * {@code .ci/container-check} builds the image with podman and runs the demo in it (README, "Checking the image
 * without a registry").
 */
class DockerfileTest {

    /** Spring Boot's layers, least to most often changed, as {@code list-layers} prints them for our jar. */
    private static final List<String> LAYERS = List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application");

    private final DockerfileInstructions dockerfile = DockerfileInstructions.read(DockerfileInstructions.DOCKERFILE);

    @Test
    void buildsWithMavenOnJdk17AndRunsOnAJre17() {
        List<Instruction> froms = dockerfile.named("FROM");

        assertThat(froms).hasSizeGreaterThanOrEqualTo(2);
        assertThat(froms.get(0).arguments()).containsPattern("(?i)^maven:\\S*(temurin|jdk)\\S*17\\S* AS build$");
        assertThat(froms.get(froms.size() - 1).arguments()).matches("\\S*temurin:17\\S*-jre\\S*");
    }

    @Test
    void downloadsDependenciesInALayerBeforeTheSourcesAreCopied() {
        int pom = indexOf("COPY", "pom.xml");
        int goOffline = indexOf("RUN", "mvn -B", "dependency:go-offline");
        int sources = indexOf("COPY", "src");
        int packaging = indexOf("RUN", "mvn -B", "-DskipTests", "package");

        assertThat(List.of(pom, goOffline, sources, packaging)).isSorted().doesNotContain(-1);
    }

    @Test
    void extractsTheLayeredJarAsAPlainClassPath() {
        int extract = indexOf("RUN", "-Djarmode=tools", "-jar target/csh-reconciler.jar", "extract --layers",
                "--destination extracted");

        assertThat(extract).isGreaterThan(indexOf("RUN", "mvn -B", "package"));
        assertThat(dockerfile.named("RUN")).filteredOn(i -> i.arguments().contains("-Djarmode=tools"))
                .singleElement().satisfies(i -> assertThat(i.arguments()).doesNotContain("--launcher"));
    }

    @Test
    void trainsAClassDataSharingArchiveThatTheEntrypointUses() {
        Instruction training = dockerfile.finalStage().stream()
                .filter(i -> i.keyword().equals("RUN") && i.arguments().contains("-XX:ArchiveClassesAtExit=csh-reconciler.jsa"))
                .findFirst().orElseThrow();

        assertThat(training.arguments()).contains("-Dspring.context.exit=onRefresh", "-jar csh-reconciler.jar",
                "--csh.run-on-startup=false", "jdbc:h2:mem:");
        assertThat(dockerfile.named("ENTRYPOINT").get(0).arguments()).contains("-XX:SharedArchiveFile=csh-reconciler.jsa");
    }

    @Test
    void copiesTheLayersLeastChangedFirstSoACodeChangeRebuildsOnlyTheLast() {
        List<String> copied = dockerfile.finalStage().stream()
                .filter(i -> i.keyword().equals("COPY") && i.arguments().startsWith("--from=build "))
                .map(i -> i.arguments().split("\\s+")[1]).toList();

        assertThat(copied).containsExactlyElementsOf(LAYERS.stream().map(l -> "/build/extracted/" + l + "/").toList());
    }

    @Test
    void runsAsAFixedNumericNonRootUser() {
        String user = dockerfile.user();

        assertThat(user).matches("[0-9]+(:[0-9]+)?");
        assertThat(Integer.parseInt(user.split(":")[0])).isGreaterThanOrEqualTo(1000);
        Instruction userInstruction = dockerfile.named("USER").get(dockerfile.named("USER").size() - 1);
        assertThat(dockerfile.indexOf(userInstruction)).as("USER after every RUN of the final stage")
                .isGreaterThan(dockerfile.indexOf(lastOf("RUN")));
    }

    @Test
    void entrypointIsExecFormSoTheJvmReceivesSigterm() {
        List<Instruction> entrypoints = dockerfile.named("ENTRYPOINT");

        assertThat(entrypoints).hasSize(1);
        // an exec-form entrypoint is a JSON array; YAML's flow syntax reads JSON arrays
        Object command = new Yaml(new SafeConstructor(new LoaderOptions())).load(entrypoints.get(0).arguments());
        assertThat(command).isInstanceOf(List.class);
        List<String> words = ((List<?>) command).stream().map(String::valueOf).toList();
        assertThat(words).first().isEqualTo("java");
        assertThat(words).contains("-XX:MaxRAMPercentage=75")
                .endsWith("-jar", "csh-reconciler.jar");
        assertThat(dockerfile.named("CMD")).isEmpty();
    }

    @Test
    void worksInAppWithConfigMountAndWritableReportAndDataVolumes() {
        String user = dockerfile.user();

        assertThat(lastOf("WORKDIR").arguments()).isEqualTo("/app");
        assertThat(lastOf("VOLUME").arguments()).contains("\"/app/reports\"", "\"/app/data\"");
        Instruction prepare = dockerfile.finalStage().stream()
                .filter(i -> i.keyword().equals("RUN") && i.arguments().contains("mkdir")).findFirst().orElseThrow();
        assertThat(prepare.arguments()).contains("/app/config", "/app/reports", "/app/data")
                .contains("chown " + user + " /app/reports /app/data");
        // changes to a volume's directory after VOLUME are discarded
        assertThat(dockerfile.indexOf(prepare)).isLessThan(dockerfile.indexOf(lastOf("VOLUME")));
    }

    @Test
    void fontconfigKeepsItsCacheInTmpTheOnlyWritablePlaceOutsideTheVolumes() {
        // the font cache in the image is stale and neither /var/cache/fontconfig nor the home /app is writable by the job
        assertThat(dockerfile.finalStage()).filteredOn(i -> i.keyword().equals("ENV"))
                .extracting(Instruction::arguments).anyMatch(setting -> setting.matches("XDG_CACHE_HOME=/tmp(/\\S*)?"));
    }

    @Test
    void neitherTheRecipeNorTheBuildContextCarriesSecrets() throws IOException {
        Pattern secretName = Pattern.compile("(?i).*(token|password|secret|credential).*");
        for (Instruction setting : concat(dockerfile.named("ENV"), dockerfile.named("ARG"))) {
            assertThat(secretName.matcher(setting.arguments()).matches()).as(setting.toString()).isFalse();
        }
        assertThat(dockerfile.named("COPY")).noneMatch(i -> i.arguments().matches("(?s).*(\\.env|config/|\\.git|data/).*"));
        List<String> ignore = Files.readAllLines(Path.of(".dockerignore")).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertThat(ignore).as("everything is left out but what the build needs").containsExactly("*", "!pom.xml", "!src");
    }

    private int indexOf(String keyword, String... parts) {
        return dockerfile.all().stream()
                .filter(i -> i.keyword().equals(keyword) && List.of(parts).stream().allMatch(i.arguments()::contains))
                .findFirst().map(dockerfile::indexOf).orElse(-1);
    }

    private Instruction lastOf(String keyword) {
        List<Instruction> found = dockerfile.finalStage().stream().filter(i -> i.keyword().equals(keyword)).toList();
        assertThat(found).as(keyword).isNotEmpty();
        return found.get(found.size() - 1);
    }

    private static List<Instruction> concat(List<Instruction> a, List<Instruction> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
