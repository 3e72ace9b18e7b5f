package org.csh.reconciler.job;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.csh.reconciler.cli.RunArguments;
import org.csh.reconciler.demo.DemoServer;
import org.csh.reconciler.settings.CshProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * Runs the real {@code reconcileJob} against the sample organisation served by WireMock, on H2, with the
 * email to BD switched on and sent to GreenMail: a real SMTP server on a loopback port, which a test can
 * stop and start again on the same port to play an SMTP outage.
 */
@SpringBootTest(properties = {
        "csh.run-on-startup=false",
        "csh.mail.enabled=true",
        "csh.mail.to=bd@example.org",
        "csh.mail.from=csh-reconciler@example.org",
        "spring.mail.host=127.0.0.1"})
abstract class EmailedRuns {

    static final LocalDate RUN_DATE = LocalDate.parse("2026-11-25");
    static final RunArguments.DateRange NOVEMBER = new RunArguments.DateRange(RUN_DATE.withDayOfMonth(1), RUN_DATE);

    static Path workDir;
    static DemoServer demo;
    static int smtpPort;
    static GreenMail smtp;
    static String database;

    @Autowired
    RangeLauncher launcher;
    @Autowired
    JobRepository jobRepository;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CshProperties properties;

    @BeforeAll
    static void serveSampleOrganisationAndSmtp() throws Exception {
        workDir = Files.createTempDirectory("csh-notify");
        demo = DemoServer.start(RUN_DATE, workDir);
        smtpPort = freeLoopbackPort();
        database = "notify-" + UUID.randomUUID();
        startSmtp();
    }

    @AfterAll
    static void stop() throws IOException {
        stopSmtp();
        demo.close();
        // the sample organisation's contracts and the reports: nothing is left in the temporary directory
        FileSystemUtils.deleteRecursively(workDir);
    }

    @DynamicPropertySource
    static void pointAtTheStubs(DynamicPropertyRegistry registry) {
        ArgumentProperties.add(registry, demo.arguments(), Set.of("csh.mail.enabled"));
        registry.add("csh.report.dir", () -> workDir.resolve("reports").toString());
        registry.add("spring.mail.port", () -> smtpPort);
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1");
    }

    /** Every test starts with no runs, no email sent, no history and no report files. */
    @BeforeEach
    void nothingRunYet() throws Exception {
        // not @SpringBatchTest: its job-scope listener would take run(boolean) for a JobExecution factory
        new JobRepositoryTestUtils(jobRepository).removeJobExecutions();
        jdbc.update("DELETE FROM csh_mail_sent");
        jdbc.update("DELETE FROM csh_status_history");
        jdbc.update("DELETE FROM csh_run_snapshot");
        if (smtp == null) {
            startSmtp();
        }
        smtp.purgeEmailFromAllMailboxes();
        Path reports = workDir.resolve("reports");
        if (Files.isDirectory(reports)) {
            try (Stream<Path> files = Files.list(reports)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    JobExecution run(boolean email) throws Exception {
        return launcher.launch(NOVEMBER, email, true);
    }

    static List<MimeMessage> sent() {
        return smtp == null ? List.of() : new ArrayList<>(List.of(smtp.getReceivedMessages()));
    }

    static Path report(String prefix, String extension) {
        return workDir.resolve("reports").resolve(prefix + "_" + NOVEMBER.from() + "_" + NOVEMBER.to() + "." + extension);
    }

    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    static void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
            smtp = null;
        }
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
