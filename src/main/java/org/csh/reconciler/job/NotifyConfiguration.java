package org.csh.reconciler.job;

import java.time.Clock;

import org.csh.reconciler.notify.JdbcSentStatuses;
import org.csh.reconciler.store.CshSchema;
import org.csh.reconciler.store.JdbcStatusHistory;
import org.csh.reconciler.store.RunSnapshots;
import org.csh.reconciler.store.StatusHistory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;

/** The steps after the report: {@code notify} (email to BD) and {@code recordHistory}, with what they use. */
@Configuration(proxyBeanMethods = false)
public class NotifyConfiguration {

    @Bean("notify")
    Step notifyStep(JobRepository jobRepository, PlatformTransactionManager tx, CshProperties properties,
            RunSnapshots snapshots, JdbcSentStatuses sentStatuses, ObjectProvider<JavaMailSender> mailSender, Clock clock) {
        return new StepBuilder("notify", jobRepository).listener(new StepLog())
                .tasklet(new NotifyTasklet(properties, snapshots, sentStatuses, mailSender, clock), tx).build();
    }

    @Bean
    Step recordHistory(JobRepository jobRepository, PlatformTransactionManager tx, RunSnapshots snapshots,
            StatusHistory history, Clock clock) {
        return new StepBuilder("recordHistory", jobRepository).listener(new StepLog())
                .tasklet(new RecordHistoryTasklet(snapshots, history, clock), tx).build();
    }

    @Bean
    JdbcSentStatuses sentStatuses(JdbcTemplate jdbc, CshSchema schemaFirst) {
        return new JdbcSentStatuses(jdbc);
    }

    @Bean
    StatusHistory statusHistory(JdbcTemplate jdbc, CshSchema schemaFirst) {
        return new JdbcStatusHistory(jdbc);
    }
}
