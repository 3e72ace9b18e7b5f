package org.csh.reconciler.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.csh.reconciler.cli.MailServer;
import org.csh.reconciler.cli.ReconcileRunner;
import org.csh.reconciler.cli.RunOutcome;
import org.csh.reconciler.cli.StatementCommand;
import org.csh.reconciler.demo.SampleExpectations;
import org.csh.reconciler.store.RunSnapshots;
import org.csh.reconciler.store.StatusHistory;
import org.csh.reconciler.store.StatusSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.Environment;

/** The email to BD and the history, through the real job, a real SMTP server and a real database. */
@ExtendWith(OutputCaptureExtension.class)
class NotifyFunctionalTest extends EmailedRuns {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final Map<String, String> FLAGGED = Map.of(
            SampleExpectations.COASTAL_ECOLOGY_LAB, "EXCEEDING",
            SampleExpectations.OPEN_CLIMATE_COLLECTIVE, "UNDERUSING",
            SampleExpectations.DIGITAL_HUMANITIES_GUILD, "NO_CONTRACT",
            // an engagement's community that no contract lists is news for BD too (SPEC "Outputs")
            SampleExpectations.UNKNOWN_ENGAGEMENT, "NO_CONTRACT");

    @Autowired
    StatusHistory history;

    @Autowired
    RunSnapshots snapshots;

    @Autowired
    Environment environment;

    @Test
    void firstRunEmailsBdOnceWithTheFlagsCountedInTheSubject() throws Exception {
        JobExecution execution = run(true);

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(sent()).hasSize(1);
        MimeMessage mail = sent().get(0);
        assertThat(mail.getSubject())
                .isEqualTo("CSH report 2026-11-01 – 2026-11-25: 1 exceeding, 1 underusing, 2 without contract");
        assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(Object::toString).containsExactly("bd@example.org");
        assertThat(mail.getFrom()).extracting(Object::toString).containsExactly("csh-reconciler@example.org");
    }

    @Test
    void theAttachedWorkbookOpensWithEverySheet() throws Exception {
        run(true);

        Part attachment = parts(sent().get(0)).stream()
                .filter(p -> "csh-report_2026-11-01_2026-11-25.xlsx".equals(fileName(p))).findFirst().orElseThrow();
        assertThat(attachment.getContentType()).startsWith(XLSX);
        assertThat(attachment.getDisposition()).isEqualTo(Part.ATTACHMENT);
        try (InputStream in = attachment.getInputStream(); Workbook book = new XSSFWorkbook(in)) {
            assertThat(ReconcileJobFunctionalTest.sheetNames(book))
                    .containsSubsequence("Summary", "Work items", "Findings", "BD flags");
            assertThat(book.getSheet("BD flags").getLastRowNum()).isEqualTo(FLAGGED.size());
        }
    }

    @Test
    void bodyIsTextAndHtmlAlternativesNamingEachFlaggedCommunityWithItsStatus() throws Exception {
        run(true);

        MimeMessage mail = sent().get(0);
        Part alternative = parts(mail).stream().filter(p -> isType(p, "multipart/alternative")).findFirst().orElseThrow();
        Multipart both = (Multipart) alternative.getContent();
        assertThat(both.getCount()).isEqualTo(2);
        // plain text first: clients show the last alternative they can read
        assertThat(both.getBodyPart(0).isMimeType("text/plain")).isTrue();
        assertThat(both.getBodyPart(1).isMimeType("text/html")).isTrue();
        String text = (String) both.getBodyPart(0).getContent();
        String html = (String) both.getBodyPart(1).getContent();
        FLAGGED.forEach((community, status) -> {
            assertThat(text).contains("- " + community + ": " + status + ", new flag");
            assertThat(html).contains("<tr><td>" + community + "</td><td style=\"background-color: ")
                    .contains(">" + status + "</td>");
        });
        assertThat(html).contains("<table").contains("Since the last email");
        SampleExpectations.expectedStatuses().forEach((community, status) -> {
            if (status.equals("OK")) {
                assertThat(text).doesNotContain(community);
            }
        });
        assertThat(text + html).doesNotContain("demo-token");
    }

    @Test
    void aRerunOfTheSameRangeSendsNothing() throws Exception {
        JobExecution first = run(true);

        JobExecution rerun = run(true);

        assertThat(rerun.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(rerun.getJobInstance().getInstanceId()).as("a new run, not a restart")
                .isNotEqualTo(first.getJobInstance().getInstanceId());
        assertThat(sent()).hasSize(1);
    }

    @Test
    void noEmailArgumentSendsNothingAndLeavesTheNewsForTheNextRun() throws Exception {
        ReconcileRunner runner = runner();
        runner.run(new DefaultApplicationArguments("--from=2026-11-01", "--to=2026-11-25", "--no-email"));

        assertThat(runner.getExitCode()).isEqualTo(ReconcileRunner.COMPLETED);
        assertThat(report("csh-report", "xlsx")).exists();
        assertThat(sent()).isEmpty();

        run(true);
        assertThat(sent()).hasSize(1);
    }

    @Test
    void smtpDownAtStartUpStopsTheRunBeforeAnythingIsFetched(CapturedOutput output) throws Exception {
        stopSmtp();
        ReconcileRunner runner = runner();
        runner.run(new DefaultApplicationArguments("--from=2026-11-01", "--to=2026-11-25"));

        assertThat(runner.getExitCode()).isEqualTo(ReconcileRunner.BAD_INPUT);
        assertThat(runner.outcome()).as("no run started").isNull();
        assertThat(output.getErr()).contains("csh-reconciler: configuration: 1 problem, nothing was fetched (exit status 2):",
                "  - cannot connect to the SMTP server 127.0.0.1:" + smtpPort + " (Connection refused)");
        assertThat(report("csh-report", "xlsx")).doesNotExist();
    }

    @Test
    void smtpFailingAtNotifyFailsTheRunButKeepsTheReportAndTheNextRunSendsTheNews(CapturedOutput output)
            throws Exception {
        ReconcileRunner runner = runner();
        // the server answers the start-up check's connection, then hangs up on the email itself
        stopSmtp();
        try (HangingUpServer hangingUp = new HangingUpServer(smtpPort)) {
            runner.run(new DefaultApplicationArguments("--from=2026-11-01", "--to=2026-11-25"));
        }

        assertThat(runner.getExitCode()).isEqualTo(ReconcileRunner.JOB_FAILED);
        assertThat(output.getErr()).contains("csh-reconciler: run FAILED in step notify");
        RunOutcome failed = runner.outcome();
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.unfinishedStep()).contains("notify");
        assertThat(report("csh-report", "xlsx")).exists();
        assertThat(report("bd-flags", "csv")).exists();
        assertThat(history.lastRuns(1)).as("a failed run is not history").isEmpty();

        startSmtp();
        JobExecution next = run(true);

        assertThat(next.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(next.getStepExecutions()).as("resumed at the failed step").extracting(s -> s.getStepName())
                .contains("notify").doesNotContain("fetchGitHub", "fetchAsana", "reconcile", "writeReport");
        assertThat(sent()).hasSize(1);
        assertThat(sent().get(0).getSubject()).endsWith("1 exceeding, 1 underusing, 2 without contract");
    }

    @Test
    void eachCompletedRunRecordsEveryCommunitysFiguresOnceForItsRange() throws Exception {
        run(true);
        run(true);

        List<StatusSnapshot> stored = history.lastRuns(5);
        assertThat(stored).hasSize(SampleExpectations.expectedStatuses().size());
        stored.forEach(s -> {
            assertThat(s.from()).isEqualTo(NOVEMBER.from());
            assertThat(s.to()).isEqualTo(NOVEMBER.to());
            assertThat(s.status().name()).as(s.community())
                    .isEqualTo(SampleExpectations.expectedStatuses().get(s.community()));
        });
    }

    ReconcileRunner runner() {
        return new ReconcileRunner(properties, launcher, java.time.Clock.systemUTC(),
                new StatementCommand(properties, snapshots), MailServer.of(environment));
    }

    /** An SMTP port that accepts each connection and closes it at once, before any greeting. */
    static final class HangingUpServer implements AutoCloseable {

        private final ServerSocket socket;

        HangingUpServer(int port) throws IOException {
            socket = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
            Thread acceptor = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (Socket connection = socket.accept()) {
                        // hung up by the try
                    } catch (IOException closed) {
                        return;
                    }
                }
            }, "hanging-up-smtp");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    static List<Part> parts(Part part) throws Exception {
        List<Part> all = new ArrayList<>();
        all.add(part);
        if (part.getContent() instanceof Multipart) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                all.addAll(parts(child));
            }
        }
        return all;
    }

    static boolean isType(Part part, String type) {
        try {
            return part.isMimeType(type);
        } catch (Exception e) {
            return false;
        }
    }

    static String fileName(Part part) {
        try {
            return part.getFileName();
        } catch (Exception e) {
            return null;
        }
    }
}
