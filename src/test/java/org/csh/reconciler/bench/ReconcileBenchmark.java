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
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.Extension;
import org.csh.reconciler.asana.AsanaSettings;
import org.csh.reconciler.asana.CshTask;
import org.csh.reconciler.asana.Engagement;
import org.csh.reconciler.asana.LogProject;
import org.csh.reconciler.demo.AsanaApiStub;
import org.csh.reconciler.demo.GitHubApiStub;
import org.csh.reconciler.github.GitHubIssue;
import org.csh.reconciler.github.GitHubSettings;

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
        options.put("realistic-asana", "true");
        options.put("nightly", "true");
        options.put("jar", "target/csh-reconciler.jar");
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
        table.add("| measure | value | bound or target | ratio | load average |");
        table.add("|---|---|---|---|---|");
        if (!mode.equals("workbook")) {
            List<String> sizes = list("communities");
            List<Scale> scales = new ArrayList<>();
            for (int i = 0; i < sizes.size(); i++) {
                scales.add(job(Integer.parseInt(sizes.get(i)), pick("xmx", i)));
            }
            if (scales.size() > 1) {
                growth(scales.get(0), scales.get(scales.size() - 1));
            }
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

    /** What one size measured, for the growth row. */
    record Scale(int items, double jobSeconds, int requests, double peakAfterGcMib) {
    }

    private Scale job(int communities, String xmx) throws Exception {
        SyntheticOrganisation org = SyntheticOrganisation.generate(communities, integer("items"),
                Double.parseDouble(options.get("sub-share")), integer("repositories"));
        int latency = integer("latency-ms");
        RequestKinds kinds = new RequestKinds(ASANA_PATH);
        WireMockServer server = new WireMockServer(WireMockConfiguration.options()
                .bindAddress("127.0.0.1").dynamicPort().http2PlainDisabled(true)
                .disableRequestJournal()
                .containerThreads(96)
                .asynchronousResponseEnabled(true)
                .asynchronousResponseThreads(48)
                .extensions(extensions()));
        server.start();
        Path dir = Files.createDirectories(workDir.resolve(org.workItems() + "-items"));
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
            int grown = Boolean.parseBoolean(options.get("realistic-asana")) ? RealisticAsanaAnswers.apply(server) : 0;
            System.out.printf("stubs for %d work items registered in %d ms (%d Asana tasks made realistic)%n",
                    org.workItems(), (System.nanoTime() - registering) / 1_000_000, grown);
            AtomicLong asanaBytes = new AtomicLong();
            AtomicLong asanaTasks = new AtomicLong();
            server.addMockServiceRequestListener((request, response) -> {
                kinds.count(request);
                if (request.getUrl().startsWith(ASANA_PATH) && request.getUrl().contains("tasks")) {
                    String body = response.getBodyAsString();
                    asanaBytes.addAndGet(body.length());
                    asanaTasks.addAndGet(Math.max(0, body.split("\"permalink_url\"").length - 1));
                }
            });
            server.setGlobalFixedDelay(latency);
            Path communitiesFile = dir.resolve("communities.yml");
            Files.writeString(communitiesFile, org.communitiesYaml());
            List<String> jobArgs = jobArguments(gh, as, communitiesFile, dir);

            LowerBound bound = LowerBound.of(org, gh, as);
            Child full = jar(dir, "full", xmx, jobArgs);
            Map<String, Integer> fullKinds = kinds.take();
            long bytes = asanaBytes.getAndSet(0);
            long records = asanaTasks.getAndSet(0);
            boolean runNightly = Boolean.parseBoolean(options.get("nightly"));
            Child nightly = runNightly ? jar(dir, "nightly", xmx, jobArgs) : null;
            Map<String, Integer> nightlyKinds = kinds.take();

            int fullGitHub = RequestKinds.total(fullKinds, RequestKinds.GITHUB);
            int fullAsana = RequestKinds.total(fullKinds, RequestKinds.ASANA);
            int fullRequests = fullGitHub + fullAsana;
            double latencyBound = (double) latency * fullGitHub / gh.concurrency()
                    + (double) latency * fullAsana / as.concurrency();
            long fetchMs = full.stepMs("fetchGitHub") + full.stepMs("fetchAsana");
            String at = "at " + org.workItems() + ": ";
            table.add(String.format(Locale.ROOT, "| **%d work items**: %d communities × %d items, %.0f %% of GitHub "
                            + "issues sub-issues, %d repositories, %d ms latency; Asana answers %s, %.1f KB a task "
                            + "record served | | | | |", org.workItems(), communities, integer("items"),
                    100 * Double.parseDouble(options.get("sub-share")), integer("repositories"), latency,
                    grown > 0 ? "realistic (9 custom fields, 3 of them enums with options, memberships, notes)"
                            : "lean (3 custom fields)",
                    records == 0 ? 0.0 : bytes / 1024.0 / records));
            for (String kind : union(fullKinds.keySet(), bound.byKind().keySet())) {
                int actual = fullKinds.getOrDefault(kind, 0);
                int least = bound.byKind().getOrDefault(kind, 0);
                table.add(String.format(Locale.ROOT, "| %s%s (full run) | %d | minimum %d | %s | %s |", at, kind,
                        actual, least, least == 0 ? "" : String.format(Locale.ROOT, "%.3f", (double) actual / least),
                        full.load()));
            }
            table.add(row(at + "all requests (full run)", fullRequests, bound.total(),
                    "≤ 1.05 × minimum " + bound.total() + " (GitHub " + bound.github() + ", Asana " + bound.asana() + ")",
                    full.load()));
            table.add(String.format(Locale.ROOT, "| %sfetch wall time (GitHub %d ms + Asana %d ms) | %.1f s | latency "
                            + "bound %.1f s = requests × %d ms ÷ (GitHub %d, Asana %d in flight); target ≤ 2 × | %.2f | %s |",
                    at, full.stepMs("fetchGitHub"), full.stepMs("fetchAsana"), fetchMs / 1000.0, latencyBound / 1000,
                    latency, gh.concurrency(), as.concurrency(), fetchMs / latencyBound, full.load()));
            table.add(String.format(Locale.ROOT, "| %sjob wall time (all steps: %s) | %.1f s | process %.1f s, "
                            + "start-up included | | %s |", at, full.stepsText(), full.jobMs() / 1000.0,
                    full.wallMs() / 1000.0, full.load()));
            table.add(String.format(Locale.ROOT, "| %speak heap after GC (full run, GC log) | %.0f MiB | -Xmx%s "
                            + "(heap grew to %.0f MiB, %d collections, %d full), exit %d%s | %s | %s |", at,
                    full.gc().peakAfterGcMib(), xmx, full.gc().heapMib(), full.gc().collections(),
                    full.gc().fullCollections(), full.exit(), full.failure(), ratioToXmx(full, xmx), full.load()));
            if (!runNightly) {
                return new Scale(org.workItems(), full.jobMs() / 1000.0, fullRequests, full.gc().peakAfterGcMib());
            }
            int nightlyGitHub = RequestKinds.total(nightlyKinds, RequestKinds.GITHUB);
            int nightlyAsana = RequestKinds.total(nightlyKinds, RequestKinds.ASANA);
            table.add(String.format(Locale.ROOT, "| %srequests, nightly run on unchanged data (GitHub %d: %s) | %d "
                            + "| GitHub ≤ 5 %% of its full read's %d | %.3f | %s |", at, nightlyGitHub,
                    kindsText(nightlyKinds, RequestKinds.GITHUB), nightlyGitHub + nightlyAsana, fullGitHub,
                    (double) nightlyGitHub / Math.max(1, fullGitHub), nightly.load()));
            table.add(String.format(Locale.ROOT, "| %snightly run: job wall time, peak heap after GC | %.1f s, %.0f "
                            + "MiB | -Xmx%s, exit %d%s | | %s |", at, nightly.jobMs() / 1000.0,
                    nightly.gc().peakAfterGcMib(), xmx, nightly.exit(), nightly.failure(), nightly.load()));
            return new Scale(org.workItems(), full.jobMs() / 1000.0, fullRequests, full.gc().peakAfterGcMib());
        } finally {
            server.stop();
        }
    }

    private static String ratioToXmx(Child child, String xmx) {
        double limit = mib(xmx);
        return limit <= 0 ? "" : String.format(Locale.ROOT, "%.2f of -Xmx", child.gc().peakAfterGcMib() / limit);
    }

    private static double mib(String size) {
        String digits = size.replaceAll("[^0-9]", "");
        if (digits.isEmpty()) {
            return 0;
        }
        double value = Double.parseDouble(digits);
        char unit = Character.toLowerCase(size.charAt(size.length() - 1));
        return unit == 'g' ? value * 1024 : unit == 'k' ? value / 1024 : value;
    }

    private static List<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.TreeSet<String> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return new ArrayList<>(all);
    }

    private static String kindsText(Map<String, Integer> kinds, String api) {
        List<String> parts = new ArrayList<>();
        kinds.forEach((kind, count) -> {
            if (kind.startsWith(api)) {
                parts.add(count + " " + kind.substring(api.length()).strip());
            }
        });
        return String.join(", ", parts);
    }

    private void growth(Scale from, Scale to) {
        double items = (double) to.items() / from.items();
        table.add(String.format(Locale.ROOT, "| growth from %d to %d work items (× %.1f) | job wall time × %.2f, "
                        + "requests × %.2f, peak heap after GC × %.2f | at most × %.1f (linear) | %.2f, %.2f, %.2f | %s |",
                from.items(), to.items(), items, to.jobSeconds() / from.jobSeconds(),
                (double) to.requests() / from.requests(), to.peakAfterGcMib() / from.peakAfterGcMib(), items,
                to.jobSeconds() / from.jobSeconds() / items, (double) to.requests() / from.requests() / items,
                to.peakAfterGcMib() / from.peakAfterGcMib() / items, load()));
    }

    private void workbook() throws Exception {
        int items = integer("workbook-items");
        Map<String, String> result = child("workbook", BenchWorkbook.class,
                List.of(String.valueOf(items), workDir.resolve("workbook").toString()));
        long ms = number(result, "workbook_ms");
        String load = load();
        table.add(String.format(Locale.ROOT, "| workbook of %d work items (WorkbookWriter alone) | %.1f s | < 10 s | %.2f | %s |",
                items, ms / 1000.0, ms / 10_000.0, load));
        table.add(String.format(Locale.ROOT, "| its rows per second | %.0f | | | %s |", items * 1000.0 / Math.max(1, ms), load));
        table.add(String.format(Locale.ROOT, "| its peak heap | %s MiB | -Xmx%s (%s MiB) | | %s |",
                result.get("peak_heap_mib"), pick("xmx", 0), result.get("max_heap_mib"), load));
    }

    private List<String> jobArguments(GitHubSettings gh, AsanaSettings as, Path communitiesFile, Path dir) {
        Path db = dir.toAbsolutePath().resolve("db");
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
                "--csh.report.dir=" + dir.toAbsolutePath().resolve("reports"),
                "--csh.mail.enabled=false",
                // the built-in default's options, in the benchmark's own directory
                "--spring.datasource.url=jdbc:h2:file:" + db + "/csh;DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=16384"));
        return args;
    }

    /** Runs {@code main} in a child JVM with the benchmark's heap limit; its {@code BENCH} lines, by key. */
    private Map<String, String> child(String name, Class<?> main, List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + pick("xmx", 0), "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(args);
        Path log = workDir.resolve(name + ".log");
        System.out.println("running " + name + " (" + main.getSimpleName() + ", -Xmx" + pick("xmx", 0) + "), log: " + log);
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

    /** What one run of the jar did: exit status, wall time, step times from its log, its GC log. */
    record Child(int exit, long wallMs, Map<String, Long> steps, GcLog gc, String failure, String load) {

        long stepMs(String step) {
            return steps.getOrDefault(step, -1L);
        }

        long jobMs() {
            return steps.values().stream().mapToLong(Long::longValue).sum();
        }

        String stepsText() {
            List<String> parts = new ArrayList<>();
            steps.forEach((step, ms) -> parts.add(String.format(Locale.ROOT, "%s %.1f s", step, ms / 1000.0)));
            return String.join(", ", parts);
        }
    }

    private static final Pattern STEP_LINE = Pattern.compile(
            "step (\\w+) COMPLETED: read .*?, wrote .*?, ([^,]+)$");

    /**
     * Runs the real jar in a child JVM, as a user runs it, with {@code -Xmx} and a GC log; stopped after
     * {@code timeout} seconds so that a run always ends.
     */
    private Child jar(Path dir, String name, String xmx, List<String> args) throws Exception {
        Path jar = Path.of(options.get("jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first with mvn -B -o -q package -DskipTests");
        }
        Path gcLog = dir.resolve(name + "-gc.log");
        Path log = dir.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + xmx, "-Xlog:gc:file=" + gcLog.toAbsolutePath(), "-jar", jar.toAbsolutePath().toString()));
        command.addAll(args);
        System.out.println("running " + name + " (" + jar + ", -Xmx" + xmx + "), log: " + log);
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(integer("timeout"), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException(name + " did not finish within " + options.get("timeout") + " s; see " + log);
        }
        long wall = (System.nanoTime() - started) / 1_000_000;
        Map<String, Long> steps = new LinkedHashMap<>();
        String failure = "";
        for (String line : Files.readAllLines(log)) {
            Matcher step = STEP_LINE.matcher(line);
            if (step.find()) {
                steps.put(step.group(1), millis(step.group(2)));
            }
            if (line.startsWith("csh-reconciler:")) {
                failure = " (" + line.replace("|", "/") + ")";
            }
        }
        Child child = new Child(process.exitValue(), wall, steps, GcLog.read(gcLog), failure, load());
        System.out.println(name + ": " + child);
        return child;
    }

    /** {@code 850 ms}, {@code 24.6 s} or {@code 1 min 5 s}, as StepLog writes them. */
    private static long millis(String took) {
        Matcher minutes = Pattern.compile("(\\d+) min (\\d+) s").matcher(took);
        if (minutes.find()) {
            return (Long.parseLong(minutes.group(1)) * 60 + Long.parseLong(minutes.group(2))) * 1000;
        }
        if (took.endsWith(" ms")) {
            return Long.parseLong(took.substring(0, took.length() - 3).strip());
        }
        return Math.round(Double.parseDouble(took.replace(" s", "").strip()) * 1000);
    }

    private static String load() {
        return String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private List<String> list(String key) {
        return List.of(options.get(key).split("\\+"));
    }

    /** The {@code index}th of a {@code +}-separated option, or its only value. */
    private String pick(String key, int index) {
        List<String> values = list(key);
        return values.get(Math.min(index, values.size() - 1));
    }

    private static Extension[] extensions() {
        List<Extension> all = new ArrayList<>(List.of(AsanaApiStub.extensions()));
        all.addAll(List.of(GitHubApiStub.extensions()));
        return all.toArray(Extension[]::new);
    }

    private static String row(String what, int actual, int bound, String target, String load) {
        return String.format(Locale.ROOT, "| %s | %d | %s | %.3f | %s |", what, actual, target, (double) actual / bound,
                load);
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

    /**
     * The fewest requests that can read the organisation, by kind. GitHub, per repository, the cheaper of its whole
     * issue list (every issue and sub-issue in it, and the stub's pull request in the first) and its CSH list with
     * one sub_issues page per parent in it; every board page. Asana: the portfolio pages, one task-list page per
     * project, one subtask list per task with subtasks (the stub's "Onboarding checklist" in each project
     * included: a CSH task may sit below an ordinary task, so it must be looked into).
     */
    record LowerBound(Map<String, Integer> byKind) {

        int github() {
            return sum(RequestKinds.GITHUB);
        }

        int asana() {
            return sum(RequestKinds.ASANA);
        }

        int total() {
            return github() + asana();
        }

        private int sum(String api) {
            return RequestKinds.total(byKind, api);
        }

        static LowerBound of(SyntheticOrganisation org, GitHubSettings gh, AsanaSettings as) {
            Map<String, Integer> kinds = new java.util.TreeMap<>();
            Map<String, Integer> labelled = new LinkedHashMap<>();
            Map<String, Integer> all = new LinkedHashMap<>();
            Map<String, Integer> children = new LinkedHashMap<>();
            Map<String, String> repositoryOf = new LinkedHashMap<>();
            int board = 1; // the stub's draft item
            for (GitHubIssue issue : org.github().issues()) {
                repositoryOf.put(issue.url(), issue.repository());
                all.merge(issue.repository(), 1, Integer::sum);
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
            Map<String, Integer> subIssuePages = new LinkedHashMap<>();
            children.forEach((parent, count) -> subIssuePages.merge(repositoryOf.get(parent), pages(count, 100),
                    Integer::sum));
            boolean first = true;
            for (String repository : gh.repositories()) {
                // the stub lists one pull request in the first repository, as GitHub lists them among issues
                int pullRequests = first ? 1 : 0;
                first = false;
                int whole = Math.max(1, pages(all.getOrDefault(repository, 0) + pullRequests, gh.pageSize()));
                int byLabel = Math.max(1, pages(labelled.getOrDefault(repository, 0) + pullRequests, gh.pageSize()));
                int subIssues = subIssuePages.getOrDefault(repository, 0);
                if (whole <= byLabel + subIssues) {
                    kinds.merge(RequestKinds.GITHUB + " whole lists", whole, Integer::sum);
                } else {
                    kinds.merge(RequestKinds.GITHUB + " CSH lists", byLabel, Integer::sum);
                    kinds.merge(RequestKinds.GITHUB + " sub_issues", subIssues, Integer::sum);
                }
            }
            kinds.put(RequestKinds.GITHUB + " GraphQL board pages", Math.max(1, pages(board, 100)));

            kinds.put(RequestKinds.ASANA + " portfolio items", Math.max(1, pages(org.asana().engagements().size(),
                    as.pageSize())));
            int projectTasks = 0;
            int subtasks = 0;
            for (Engagement engagement : org.asana().engagements()) {
                // the stub adds two ordinary tasks per project; one has two subtasks that must be searched
                projectTasks += pages(engagement.cshTasks().size() + 2, as.pageSize());
                subtasks += 1;
                for (CshTask task : engagement.cshTasks()) {
                    Map<String, Integer> below = new LinkedHashMap<>();
                    task.items().forEach(item -> below.merge(item.parentGid(), 1, Integer::sum));
                    for (int count : below.values()) {
                        subtasks += pages(count, as.pageSize());
                    }
                }
            }
            int logRequests = 0;
            for (LogProject log : org.asana().logProjects()) {
                // the project itself (its name), each page of its tasks, and one list per task with subtasks
                Map<String, Integer> below = new LinkedHashMap<>();
                log.items().forEach(item -> below.merge(String.valueOf(item.parentGid()), 1, Integer::sum));
                logRequests += 1 + Math.max(1, pages(below.getOrDefault("null", 0), as.pageSize()));
                for (Map.Entry<String, Integer> list : below.entrySet()) {
                    if (!list.getKey().equals("null")) {
                        logRequests += pages(list.getValue(), as.pageSize());
                    }
                }
            }
            kinds.put(RequestKinds.ASANA + " project tasks", projectTasks);
            kinds.put(RequestKinds.ASANA + " subtasks", subtasks);
            kinds.put(RequestKinds.ASANA + " log projects", logRequests);
            kinds.values().removeIf(count -> count == 0);
            return new LowerBound(kinds);
        }

        private static int pages(int records, int pageSize) {
            return (records + pageSize - 1) / pageSize;
        }
    }
}
