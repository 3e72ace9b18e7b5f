package org.csh.reconciler.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.csh.reconciler.asana.AsanaSettings;
import org.csh.reconciler.asana.CshTask;
import org.csh.reconciler.asana.Engagement;
import org.csh.reconciler.asana.LogProject;
import org.csh.reconciler.demo.AsanaApiStub;
import org.csh.reconciler.demo.GitHubApiStub;
import org.csh.reconciler.github.GitHubIssue;
import org.csh.reconciler.github.GitHubSettings;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.Extension;

/**
 * The scale benchmark (issue 6): serves a synthetic organisation from WireMock with a fixed latency on every
 * answer, runs the real job against it in a child JVM with a small heap (a full run, then a nightly run on
 * unchanged data), writes a large workbook in another, and prints requests against their lower bound, wall time
 * against the latency bound, peak heap and report rows per second. With {@code doc=true} it also writes the
 * table into {@code docs/PERFORMANCE.md}.
 *
 * <p>Run: {@code mvn -B -o -Pbench -DskipTests test -Dbench.args=communities=200,items=100}. Every child JVM is
 * stopped after {@code timeout} seconds, so a run always ends.
 */
public final class ReconcileBenchmark {

    static final String TOKEN = "bench-token-not-a-secret";
    private static final String ASANA_PATH = "/api/1.0";
    private static final String MARK_START = "<!-- bench:start -->";
    private static final String MARK_END = "<!-- bench:end -->";

    private final Map<String, String> options;
    private final Path workDir;
    private final List<String> table = new ArrayList<>();

    private ReconcileBenchmark(Map<String, String> options) throws IOException {
        this.options = options;
        this.workDir = Files.createDirectories(Path.of("target", "bench", "run-" + System.currentTimeMillis()));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("mode", "all");            // job, workbook or all
        options.put("communities", "200");
        options.put("items", "100");
        options.put("sub-share", "0.2");
        options.put("repositories", "10");
        options.put("github-page-size", "100");
        options.put("asana-page-size", "100");
        options.put("latency-ms", "50");
        options.put("github-concurrency", String.valueOf(GitHubSettings.DEFAULT_CONCURRENCY));
        options.put("asana-concurrency", String.valueOf(AsanaSettings.DEFAULT_CONCURRENCY));
        options.put("xmx", "256m");
        options.put("workbook-items", "100000");
        options.put("timeout", "300");
        options.put("doc", "false");
        for (String arg : args) {
            for (String pair : arg.split(",")) {
                if (pair.isBlank()) {
                    continue;
                }
                String[] kv = pair.split("=", 2);
                if (!options.containsKey(kv[0].strip()) || kv.length < 2) {
                    throw new IllegalArgumentException("unknown benchmark option '" + pair + "'; known: " + options.keySet());
                }
                options.put(kv[0].strip(), kv[1].strip());
            }
        }
        new ReconcileBenchmark(options).run();
    }

    private void run() throws Exception {
        String mode = options.get("mode");
        table.add("| measure | value | bound or target | ratio |");
        table.add("|---|---|---|---|");
        if (!mode.equals("workbook")) {
            job();
        }
        if (!mode.equals("job")) {
            workbook();
        }
        String command = "mvn -B -o -Pbench -DskipTests test -Dbench.args=" + argsText();
        System.out.println();
        System.out.println("Command: " + command);
        System.out.println("Machine: " + machine());
        table.forEach(System.out::println);
        if (Boolean.parseBoolean(options.get("doc"))) {
            writeDoc(command);
        }
    }

    private void job() throws Exception {
        int communities = integer("communities");
        SyntheticOrganisation org = SyntheticOrganisation.generate(communities, integer("items"),
                Double.parseDouble(options.get("sub-share")), integer("repositories"));
        int latency = integer("latency-ms");
        AtomicInteger github = new AtomicInteger();
        AtomicInteger asana = new AtomicInteger();
        WireMockServer server = new WireMockServer(WireMockConfiguration.options()
                .bindAddress("127.0.0.1").dynamicPort().http2PlainDisabled(true)
                .disableRequestJournal()
                .containerThreads(96)
                .asynchronousResponseEnabled(true)
                .asynchronousResponseThreads(48)
                .extensions(extensions()));
        server.start();
        try {
            String root = "http://127.0.0.1:" + server.port();
            GitHubSettings gh = new GitHubSettings(URI.create(root), TOKEN, "CSH", org.repositoryNames(),
                    SyntheticOrganisation.ORGANISATION, SyntheticOrganisation.PROJECT_NUMBER, "GitHub Hours",
                    integer("github-page-size"), integer("github-concurrency"));
            AsanaSettings as = new AsanaSettings(URI.create(root + ASANA_PATH), TOKEN,
                    SyntheticOrganisation.PORTFOLIO_GID, List.of(), "Community Success Hours", "GitHub URL",
                    "GitHub Hours", "Total Time", "Hours Total", integer("asana-page-size"), integer("asana-concurrency"));
            long registering = System.nanoTime();
            GitHubApiStub.register(server, org.github(), gh);
            AsanaApiStub.register(server, org.asana(), as);
            System.out.printf("stubs for %d work items registered in %d ms%n", org.workItems(),
                    (System.nanoTime() - registering) / 1_000_000);
            server.addMockServiceRequestListener((request, response) ->
                    (request.getUrl().startsWith(ASANA_PATH) ? asana : github).incrementAndGet());
            server.setGlobalFixedDelay(latency);
            Path communitiesFile = workDir.resolve("communities.yml");
            Files.writeString(communitiesFile, org.communitiesYaml());
            List<String> jobArgs = jobArguments(gh, as, communitiesFile);

            LowerBound bound = LowerBound.of(org, gh, as);
            Map<String, String> full = child("full", BenchJob.class, jobArgs);
            int fullGitHub = github.getAndSet(0);
            int fullAsana = asana.getAndSet(0);
            Map<String, String> nightly = child("nightly", BenchJob.class, jobArgs);
            int nightlyGitHub = github.getAndSet(0);
            int nightlyAsana = asana.getAndSet(0);

            int fullRequests = fullGitHub + fullAsana;
            double latencyBound = (double) latency * fullGitHub / gh.concurrency()
                    + (double) latency * fullAsana / as.concurrency();
            long fetchMs = number(full, "step.fetchGitHub_ms") + number(full, "step.fetchAsana_ms");
            long jobMs = number(full, "job_ms");
            long reportMs = number(full, "step.writeReport_ms");
            long rows = number(full, "step.writeReport_read");
            table.add(String.format("| synthetic organisation | %d communities × %d items = %d work items, %.0f %% of "
                            + "GitHub issues sub-issues, %d repositories, %d ms latency | | |", communities,
                    integer("items"), org.workItems(), 100 * Double.parseDouble(options.get("sub-share")),
                    integer("repositories"), latency));
            table.add(row("GitHub requests (full run)", fullGitHub, bound.github(), "lower bound " + bound.github()));
            table.add(row("Asana requests (full run)", fullAsana, bound.asana(), "lower bound " + bound.asana()));
            table.add(row("all requests (full run)", fullRequests, bound.total(), "≤ 1.1 × lower bound " + bound.total()));
            table.add(String.format(Locale.ROOT, "| fetch wall time (GitHub %d ms + Asana %d ms) | %.1f s | latency bound "
                            + "%.1f s at GitHub %d, Asana %d in flight; target ≤ 2 × | %.2f |",
                    number(full, "step.fetchGitHub_ms"), number(full, "step.fetchAsana_ms"), fetchMs / 1000.0,
                    latencyBound / 1000, gh.concurrency(), as.concurrency(), fetchMs / latencyBound));
            table.add(String.format(Locale.ROOT, "| job wall time (all four steps, full run) | %.1f s | < 60 s | %.2f |",
                    jobMs / 1000.0, jobMs / 60_000.0));
            table.add(String.format(Locale.ROOT, "| peak heap (full run) | %s MiB | -Xmx%s (%s MiB), exit %s | |",
                    full.get("peak_heap_mib"), options.get("xmx"), full.get("max_heap_mib"), full.get("exit")));
            table.add(String.format(Locale.ROOT, "| report rows per second (writeReport step, %d work items) | %.0f | | |",
                    rows, reportMs <= 0 ? 0.0 : rows * 1000.0 / reportMs));
            int nightlyRequests = nightlyGitHub + nightlyAsana;
            table.add(String.format(Locale.ROOT, "| requests, nightly run on unchanged data (GitHub %d + Asana %d) | %d | "
                            + "≤ 5 %% of the full run's %d | %.3f |", nightlyGitHub, nightlyAsana, nightlyRequests,
                    fullRequests, (double) nightlyRequests / fullRequests));
            table.add(String.format(Locale.ROOT, "| job wall time, nightly run | %.1f s | | |",
                    number(nightly, "job_ms") / 1000.0));
            table.add(String.format(Locale.ROOT, "| peak heap, nightly run | %s MiB | -Xmx%s, exit %s | |",
                    nightly.get("peak_heap_mib"), options.get("xmx"), nightly.get("exit")));
        } finally {
            server.stop();
        }
    }

    private void workbook() throws Exception {
        int items = integer("workbook-items");
        Map<String, String> result = child("workbook", BenchWorkbook.class,
                List.of(String.valueOf(items), workDir.resolve("workbook").toString()));
        long ms = number(result, "workbook_ms");
        table.add(String.format(Locale.ROOT, "| workbook of %d work items (WorkbookWriter alone) | %.1f s | < 10 s | %.2f |",
                items, ms / 1000.0, ms / 10_000.0));
        table.add(String.format(Locale.ROOT, "| its rows per second | %.0f | | |", items * 1000.0 / Math.max(1, ms)));
        table.add(String.format(Locale.ROOT, "| its peak heap | %s MiB | -Xmx%s (%s MiB) | |",
                result.get("peak_heap_mib"), options.get("xmx"), result.get("max_heap_mib")));
    }

    private List<String> jobArguments(GitHubSettings gh, AsanaSettings as, Path communitiesFile) {
        Path db = workDir.toAbsolutePath().resolve("db");
        List<String> args = new ArrayList<>(List.of(
                "--from=" + SyntheticOrganisation.FROM,
                "--to=" + SyntheticOrganisation.TO,
                "--no-email",
                "--csh.zone=UTC",
                "--csh.github.api-url=" + gh.apiUrl(),
                "--csh.github.token=" + TOKEN,
                "--csh.github.repositories=" + String.join(",", gh.repositories()),
                "--csh.github.project.owner=" + gh.projectOwner(),
                "--csh.github.project.number=" + gh.projectNumber(),
                "--csh.github.page-size=" + gh.pageSize(),
                "--csh.github.concurrency=" + gh.concurrency(),
                "--csh.asana.api-url=" + as.apiUrl(),
                "--csh.asana.token=" + TOKEN,
                "--csh.asana.portfolio-gid=" + as.portfolioGid(),
                "--csh.asana.page-size=" + as.pageSize(),
                "--csh.asana.concurrency=" + as.concurrency(),
                "--csh.communities-file=" + communitiesFile.toAbsolutePath(),
                "--csh.report.dir=" + workDir.toAbsolutePath().resolve("reports"),
                "--csh.mail.enabled=false",
                "--spring.datasource.url=jdbc:h2:file:" + db + "/csh"));
        return args;
    }

    /** Runs {@code main} in a child JVM with the benchmark's heap limit; its {@code BENCH} lines, by key. */
    private Map<String, String> child(String name, Class<?> main, List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + options.get("xmx"), "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(args);
        Path log = workDir.resolve(name + ".log");
        System.out.println("running " + name + " (" + main.getSimpleName() + ", -Xmx" + options.get("xmx") + "), log: " + log);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Map<String, String> values = new LinkedHashMap<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                 PrintWriter out = new PrintWriter(Files.newBufferedWriter(log))) {
                String line;
                while ((line = in.readLine()) != null) {
                    out.println(line);
                    if (line.startsWith("BENCH ")) {
                        String[] kv = line.substring(6).split("=", 2);
                        synchronized (values) {
                            values.put(kv[0], kv[1]);
                        }
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        reader.start();
        if (!process.waitFor(integer("timeout"), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            reader.join(5_000);
            throw new IllegalStateException(name + " did not finish within " + options.get("timeout") + " s; see " + log);
        }
        reader.join(10_000);
        synchronized (values) {
            if (process.exitValue() != 0) {
                throw new IllegalStateException(name + " exited " + process.exitValue() + "; see " + log);
            }
            System.out.println(name + ": " + values);
            return new LinkedHashMap<>(values);
        }
    }

    private static Extension[] extensions() {
        List<Extension> all = new ArrayList<>(List.of(AsanaApiStub.extensions()));
        all.addAll(List.of(GitHubApiStub.extensions()));
        return all.toArray(Extension[]::new);
    }

    private static String row(String what, int actual, int bound, String target) {
        return String.format(Locale.ROOT, "| %s | %d | %s | %.3f |", what, actual, target, (double) actual / bound);
    }

    private int integer(String key) {
        return Integer.parseInt(options.get(key));
    }

    private static long number(Map<String, String> values, String key) {
        String value = values.get(key);
        return value == null ? -1 : Long.parseLong(value);
    }

    private String argsText() {
        List<String> pairs = new ArrayList<>();
        options.forEach((key, value) -> {
            if (!key.equals("doc")) {
                pairs.add(key + "=" + value);
            }
        });
        return String.join(",", pairs);
    }

    private static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ", Java " + System.getProperty("java.version") + " ("
                + System.getProperty("java.vm.name") + "), "
                + ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getTotalMemorySize() / (1024 * 1024 * 1024) + " GiB RAM, load average "
                + String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())
                + " at the end";
    }

    private void writeDoc(String command) throws IOException {
        Path doc = Path.of("docs", "PERFORMANCE.md");
        String text = Files.exists(doc) ? Files.readString(doc) : "# Performance\n\n" + MARK_START + "\n" + MARK_END + "\n";
        StringBuilder block = new StringBuilder(MARK_START).append('\n');
        block.append("Measured ").append(Instant.now().toString(), 0, 16).append("Z on ").append(machine()).append(".\n\n");
        block.append("```\n").append(command).append("\n```\n\n");
        table.forEach(line -> block.append(line).append('\n'));
        block.append(MARK_END);
        int start = text.indexOf(MARK_START);
        int end = text.indexOf(MARK_END);
        String updated = start < 0 || end < 0 ? text + "\n" + block + "\n"
                : text.substring(0, start) + block + text.substring(end + MARK_END.length());
        Files.writeString(doc, updated);
        System.out.println("wrote " + doc);
    }

    /** The fewest requests that can read the organisation: every list page, GraphQL page and needed subtask list. */
    record LowerBound(int github, int asana) {

        int total() {
            return github + asana;
        }

        static LowerBound of(SyntheticOrganisation org, GitHubSettings gh, AsanaSettings as) {
            int github = 0;
            Map<String, Integer> labelled = new LinkedHashMap<>();
            Map<String, Integer> children = new LinkedHashMap<>();
            int board = 1; // the stub's draft item
            for (GitHubIssue issue : org.github().issues()) {
                if (issue.labelled()) {
                    labelled.merge(issue.repository(), 1, Integer::sum);
                    board++;
                } else if (org.github().boardHours().containsKey(issue.url())) {
                    board++;
                }
                if (issue.parentUrl() != null) {
                    children.merge(issue.parentUrl(), 1, Integer::sum);
                }
            }
            boolean first = true;
            for (String repository : gh.repositories()) {
                // the stub lists one pull request in the first repository, as GitHub lists them among issues
                int listed = labelled.getOrDefault(repository, 0) + (first ? 1 : 0);
                first = false;
                github += Math.max(1, pages(listed, gh.pageSize()));
            }
            for (int count : children.values()) {
                github += pages(count, 100);
            }
            github += Math.max(1, pages(board, 100));

            int asana = Math.max(1, pages(org.asana().engagements().size(), as.pageSize()));
            for (Engagement engagement : org.asana().engagements()) {
                // the stub adds two ordinary tasks per project; one has two subtasks that must be searched
                asana += pages(engagement.cshTasks().size() + 2, as.pageSize()) + 1;
                for (CshTask task : engagement.cshTasks()) {
                    Map<String, Integer> below = new LinkedHashMap<>();
                    task.items().forEach(item -> below.merge(item.parentGid(), 1, Integer::sum));
                    for (int count : below.values()) {
                        asana += pages(count, as.pageSize());
                    }
                }
            }
            for (LogProject log : org.asana().logProjects()) {
                // the project itself (its name), each page of its tasks, and one list per task with subtasks
                Map<String, Integer> below = new LinkedHashMap<>();
                log.items().forEach(item -> below.merge(String.valueOf(item.parentGid()), 1, Integer::sum));
                asana += 1 + Math.max(1, pages(below.getOrDefault("null", 0), as.pageSize()));
                for (Map.Entry<String, Integer> list : below.entrySet()) {
                    if (!list.getKey().equals("null")) {
                        asana += pages(list.getValue(), as.pageSize());
                    }
                }
            }
            return new LowerBound(github, asana);
        }

        private static int pages(int records, int pageSize) {
            return (records + pageSize - 1) / pageSize;
        }
    }
}
