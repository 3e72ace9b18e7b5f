package org.csh.reconciler.job;

import java.time.Clock;

import org.csh.reconciler.asana.AsanaApiFieldWriter;
import org.csh.reconciler.asana.AsanaApiSource;
import org.csh.reconciler.asana.AsanaFieldWriter;
import org.csh.reconciler.asana.AsanaSource;
import org.csh.reconciler.estimate.EstimatorFactory;
import org.csh.reconciler.estimate.LearnedEstimatorFactory;
import org.csh.reconciler.github.GitHubApiSource;
import org.csh.reconciler.github.GitHubSource;
import org.csh.reconciler.hours.Minutes;
import org.csh.reconciler.retry.RetryPolicy;
import org.csh.reconciler.settings.CshProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The APIs the steps read and write, each built one way, from the settings and the retry policy, and the estimator.
 * The clients are lazy: like the sources, their constructors reject a missing token, and a run that never needs one
 * (the Asana writer without write-back) never builds it.
 */
@Configuration(proxyBeanMethods = false)
public class ClientsConfiguration {

    @Bean
    @ConditionalOnMissingBean
    @Lazy
    GitHubSource gitHubSource(CshProperties properties) {
        return new GitHubApiSource(properties.github().settings(), properties.http().settings(),
                RetryPolicy.standard(properties.http().settings()), Clock.systemUTC());
    }

    @Bean
    @ConditionalOnMissingBean
    @Lazy
    AsanaSource asanaSource(CshProperties properties) {
        return new AsanaApiSource(properties.asana().settings(), properties.http().settings(),
                RetryPolicy.standard(properties.http().settings()), Clock.systemUTC());
    }

    @Bean
    @ConditionalOnMissingBean
    @Lazy
    AsanaFieldWriter asanaFieldWriter(CshProperties properties) {
        return new AsanaApiFieldWriter(properties.asana().settings(), properties.http().settings(),
                RetryPolicy.standard(properties.http().settings()));
    }

    @Bean
    @ConditionalOnMissingBean
    EstimatorFactory estimatorFactory(CshProperties properties) {
        return new LearnedEstimatorFactory(Minutes.fromHours(properties.estimate().defaultHours()),
                Minutes.fromHours(properties.estimate().maxHours()));
    }
}
