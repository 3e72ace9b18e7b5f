package org.csh.reconciler.job;

import java.time.Clock;

import org.csh.reconciler.asana.AsanaApiFieldWriter;
import org.csh.reconciler.asana.AsanaFieldWriter;
import org.csh.reconciler.retry.RetryPolicy;
import org.csh.reconciler.store.RunSnapshots;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.transaction.PlatformTransactionManager;

/** The {@code writeBack} step (used hours onto the current CSH tasks in Asana), with the writer it uses. */
@Configuration(proxyBeanMethods = false)
public class WriteBackConfiguration {

    @Bean
    Step writeBack(JobRepository jobRepository, PlatformTransactionManager tx, CshProperties properties,
            RunSnapshots snapshots, ObjectProvider<AsanaFieldWriter> writer, Clock clock) {
        return new StepBuilder("writeBack", jobRepository).listener(new StepLog())
                .tasklet(new WriteBackTasklet(properties, snapshots, writer, clock), tx).build();
    }

    /** Built only when a run writes back: like the sources, its constructor rejects a missing token. */
    @Bean
    @ConditionalOnMissingBean
    @Lazy
    AsanaFieldWriter asanaFieldWriter(CshProperties properties) {
        return new AsanaApiFieldWriter(properties.asana().settings(), properties.http().settings(),
                RetryPolicy.standard(properties.http().settings()));
    }
}
