package org.csh.reconciler;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.csh.reconciler.cli.BadArgumentsException;
import org.csh.reconciler.cli.BadConfigurationException;
import org.csh.reconciler.cli.BalanceCommand;
import org.csh.reconciler.cli.ReconcileRunner;
import org.csh.reconciler.cli.RunArguments;
import org.csh.reconciler.cli.StartupFailure;
import org.csh.reconciler.cli.Usage;
import org.csh.reconciler.demo.DemoArguments;
import org.csh.reconciler.demo.DemoServer;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Runs the reconcile job once and exits with its status (see README, "Exit status"). */
@SpringBootApplication
public class CshReconcilerApplication {

    /** Where the demo keeps its contracts file and its own job database. */
    private static final Path DEMO_DIR = Path.of("data", "demo");
    private static final String DEMO_DATABASE = "--spring.datasource.url=jdbc:h2:file:./"
            + DEMO_DIR.resolve("csh-reconciler-demo") + ";DB_CLOSE_ON_EXIT=FALSE";

    public static void main(String[] args) throws Exception {
        Optional<String> usage = Usage.requested(args);
        if (usage.isPresent()) {
            System.out.print(usage.get());
            System.exit(ReconcileRunner.COMPLETED);
            return;
        }
        RunArguments arguments;
        try {
            // bad arguments fail here, before Spring starts or anything is fetched
            arguments = RunArguments.parse(args);
        } catch (BadArgumentsException e) {
            System.err.println("csh-reconciler: " + e.getMessage());
            System.exit(ReconcileRunner.BAD_INPUT);
            return;
        }
        if (arguments.balance().isPresent()) {
            System.exit(BalanceCommand.run(arguments.demo() ? withDemoDatabase(args) : args,
                    arguments.balance().get(), System.out, System.err));
            return;
        }
        if (!arguments.demo()) {
            System.exit(run(args));
            return;
        }
        ZoneId zone = DemoArguments.zone(List.of(args));
        // "today" as the run will see it, so that the demo's dates and its range agree
        LocalDate runDate = arguments.to().orElse(LocalDate.now(zone));
        int status;
        try (DemoServer demo = DemoServer.start(runDate, DEMO_DIR)) {
            List<String> demoSettings = new ArrayList<>(demo.arguments());
            demoSettings.add("--csh.zone=" + zone.getId());
            // the demo's runs, history and snapshots never mix with the real ones in ./data
            demoSettings.add(DEMO_DATABASE);
            if (arguments.to().isEmpty()) {
                demoSettings.add("--to=" + runDate);
            }
            status = run(DemoArguments.merge(List.of(args), demoSettings).toArray(String[]::new));
        }
        System.exit(status);
    }

    /** {@code --demo --balance}: the demo's own runs, and the contracts file with its aliases. */
    private static String[] withDemoDatabase(String[] args) {
        List<String> settings = List.of(DEMO_DATABASE,
                "--csh.communities-file=" + DEMO_DIR.resolve("communities.yml"));
        return DemoArguments.merge(List.of(args), settings).toArray(String[]::new);
    }

    /** Runs the application; a start-up failure (bad properties, locked database) ends it with one line. */
    private static int run(String[] args) {
        try {
            return SpringApplication.exit(SpringApplication.run(CshReconcilerApplication.class, args));
        } catch (BadConfigurationException e) {
            System.err.println("csh-reconciler: " + e.getMessage());
            return ReconcileRunner.BAD_INPUT;
        } catch (RuntimeException e) {
            // the application did not start (database locked or unreachable): one line, no job
            System.err.println("csh-reconciler: " + StartupFailure.reason(e));
            return StartupFailure.exitStatus(e);
        }
    }
}
