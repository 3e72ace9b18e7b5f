package org.csh.reconciler.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The Kubernetes manifests under {@code jobs/}, read as plain YAML trees, as kubectl would read them. */
final class Manifests {

    static final Path CRONJOB = Path.of("jobs", "cronjob.yaml");
    static final Path RERUN_JOB = Path.of("jobs", "rerun-job.yaml");

    private Manifests() {
    }

    /** Every non-empty document of a multi-document YAML file. */
    static List<Map<String, Object>> documents(Path file) {
        List<Map<String, Object>> documents = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file)) {
            for (Object document : yaml().loadAll(reader)) {
                if (document != null) {
                    documents.add(map(document, file + " document"));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
        return documents;
    }

    /** The one document of {@code kind} in {@code file}. */
    static Map<String, Object> only(Path file, String kind) {
        List<Map<String, Object>> matches = documents(file).stream().filter(d -> kind.equals(d.get("kind"))).toList();
        assertThat(matches).as("%s documents of kind %s", file, kind).hasSize(1);
        return matches.get(0);
    }

    static Object parse(String yamlText) {
        return yaml().load(yamlText);
    }

    /** The value at a dotted path such as {@code spec.jobTemplate.spec}; fails the test if any part is missing. */
    static Object at(Map<String, Object> root, String path) {
        Object node = root;
        for (String key : path.split("\\.")) {
            Map<String, Object> map = map(node, path);
            assertThat(map).as("'%s' in path %s", key, path).containsKey(key);
            node = map.get(key);
        }
        return node;
    }

    static Map<String, Object> mapAt(Map<String, Object> root, String path) {
        return map(at(root, path), path);
    }

    static List<Map<String, Object>> listAt(Map<String, Object> root, String path) {
        Object node = at(root, path);
        assertThat(node).as(path).isInstanceOf(List.class);
        return ((List<?>) node).stream().map(item -> map(item, path + " item")).toList();
    }

    /** The single container of a pod spec. */
    static Map<String, Object> container(Map<String, Object> podSpec) {
        List<Map<String, Object>> containers = listAt(podSpec, "containers");
        assertThat(containers).hasSize(1);
        return containers.get(0);
    }

    /** The volume mounted at {@code mountPath} in the pod's container. */
    static Map<String, Object> volumeMountedAt(Map<String, Object> podSpec, String mountPath) {
        Map<String, Object> mount = listAt(container(podSpec), "volumeMounts").stream()
                .filter(m -> mountPath.equals(m.get("mountPath"))).findFirst()
                .orElseThrow(() -> new AssertionError("nothing mounted at " + mountPath));
        return listAt(podSpec, "volumes").stream().filter(v -> mount.get("name").equals(v.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no volume named " + mount.get("name")));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node, String what) {
        assertThat(node).as(what).isInstanceOf(Map.class);
        return (Map<String, Object>) node;
    }

    private static Yaml yaml() {
        return new Yaml(new SafeConstructor(new LoaderOptions()));
    }
}
