package org.csh.reconciler.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.csh.reconciler.balance.Balance;
import org.csh.reconciler.balance.BalanceTable;
import org.csh.reconciler.balance.BalanceUnavailableException;
import org.csh.reconciler.balance.Balances;
import org.csh.reconciler.contract.Communities;
import org.csh.reconciler.contract.CommunitiesFile;
import org.csh.reconciler.contract.InvalidCommunitiesFileException;
import org.csh.reconciler.settings.CshProperties;
import org.csh.reconciler.store.JdbcStatusHistory;
import org.csh.reconciler.store.StatusSnapshot;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code --balance[=<community>]}: prints the hours left from the last completed run's stored figures.
 *
 * <p>It starts a Spring context of the properties and the job database only (this class is its configuration,
 * and deliberately no {@code @Configuration}, so that the job's own context never scans it): no Batch, no
 * clients, no token, no schema changes, so that staff get the answer at once, even while the tokens are absent.
 */
@EnableConfigurationProperties(CshProperties.class)
@ImportAutoConfiguration({DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class})
public class BalanceCommand {

    /** Prints the balance to {@code out}, a reason to {@code err}; returns the exit status. */
    public static int run(String[] args, RunArguments.Balance asked, PrintStream out, PrintStream err) {
        SpringApplication application = new SpringApplication(BalanceCommand.class);
        // staff read the table: the start-up lines of a job would only bury it
        application.setLogStartupInfo(false);
        try (ConfigurableApplicationContext context = application.run(args)) {
            CshProperties properties = context.getBean(CshProperties.class);
            List<StatusSnapshot> latest = latestFigures(context.getBean(JdbcTemplate.class));
            Balances balances = new Balances(knownCommunities(properties, err), properties.balance().maxAge());
            Balance balance = balances.of(latest, asked.community(), Clock.systemUTC().instant());
            out.print(BalanceTable.render(balance, properties.zone()));
            out.flush();
            return ReconcileRunner.COMPLETED;
        } catch (BalanceUnavailableException e) {
            err.println("csh-reconciler: " + e.getMessage());
            return ReconcileRunner.BAD_INPUT;
        } catch (RuntimeException e) {
            err.println("csh-reconciler: --balance: " + StartupFailure.reason(e));
            return StartupFailure.exitStatus(e);
        }
    }

    private static List<StatusSnapshot> latestFigures(JdbcTemplate jdbc) {
        try {
            return new JdbcStatusHistory(jdbc).latestFigures();
        } catch (BadSqlGrammarException noHistoryTable) {
            // a database no run has ever used: the job creates the table on its first start
            return List.of();
        }
    }

    /** The contracts file's names and aliases; without a readable file, the stored names alone are known. */
    private static Communities knownCommunities(CshProperties properties, PrintStream err) {
        try {
            return CommunitiesFile.loadIfPresent(properties.communitiesFile()).orElse(new Communities(List.of()));
        } catch (InvalidCommunitiesFileException e) {
            err.println("csh-reconciler: --balance: aliases not known, since " + firstLine(e.getMessage()));
            return new Communities(List.of());
        }
    }

    private static String firstLine(String message) {
        return Optional.ofNullable(message).map(m -> m.lines().findFirst().orElse(m)).orElse("the file is invalid");
    }
}
