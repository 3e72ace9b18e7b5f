package org.csh.reconciler.job;

import java.nio.file.Path;
import java.time.Clock;

import org.csh.reconciler.cli.RunArguments;
import org.csh.reconciler.notify.BdEmail;
import org.csh.reconciler.notify.BdNews;
import org.csh.reconciler.notify.JdbcSentStatuses;
import org.csh.reconciler.notify.MailNotifier;
import org.csh.reconciler.reconcile.ReconcileResult;
import org.csh.reconciler.report.WorkbookWriter;
import org.csh.reconciler.settings.CshProperties;
import org.csh.reconciler.store.RunSnapshots;
import org.csh.reconciler.store.StepData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Step 5: emails BD the workbook when a status moved since the last email (or always, with
 * {@code csh.mail.always}). An SMTP failure fails the step, and the run with it; the report stays written,
 * and since nothing is marked sent the next run sends the news.
 */
class NotifyTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(NotifyTasklet.class);

    private final CshProperties properties;
    private final RunSnapshots snapshots;
    private final JdbcSentStatuses sent;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final Clock clock;

    NotifyTasklet(CshProperties properties, RunSnapshots snapshots, JdbcSentStatuses sent,
            ObjectProvider<JavaMailSender> mailSender, Clock clock) {
        this.properties = properties;
        this.snapshots = snapshots;
        this.sent = sent;
        this.mailSender = mailSender;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        if (!properties.mail().enabled()) {
            log.info("no email to BD: csh.mail.enabled is false");
            return RepeatStatus.FINISHED;
        }
        if (!JobRange.email(contribution.getStepExecution().getJobParameters())) {
            log.info("no email to BD: --no-email");
            return RepeatStatus.FINISHED;
        }
        RunArguments.DateRange range = JobRange.of(contribution);
        ReconcileResult result = snapshots.load(range, StepData.RESULT);
        BdNews news = BdNews.since(sent.lastSent(), result);
        contribution.getStepExecution().setReadCount(news.lines().size());
        if (!news.worthSending(properties.mail().always())) {
            log.info(news.behindLastEmail()
                    ? "no email to BD: {} to {} ends before the range of the last email (set csh.mail.always to send)"
                    : "no email to BD: no status changed since the last email ({} to {})", range.from(), range.to());
            return RepeatStatus.FINISHED;
        }
        // Spring Boot creates the sender only when spring.mail.host is set
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("csh.mail.enabled is true but no SMTP server is configured: set spring.mail.host");
        }
        MailNotifier mail = new MailNotifier(sender, properties.mail().from(), properties.mail().to());
        Path workbook = properties.report().dir().resolve(WorkbookWriter.fileName(range.from(), range.to()));
        BdEmail email = BdEmail.of(news, workbook.getFileName().toString());
        mail.send(email, workbook);
        // recorded in the step's transaction, after the send: a failed send leaves the news unsent
        if (news.becomesBaseline()) {
            sent.markSent(result, clock.instant());
        }
        contribution.incrementWriteCount(1);
        log.info("emailed BD ({} recipients): {}", mail.recipients().size(), email.subject());
        return RepeatStatus.FINISHED;
    }
}
