package org.csh.reconciler.job;

import javax.sql.DataSource;

import org.csh.reconciler.notify.JdbcSentStatuses;
import org.csh.reconciler.store.CshSchema;
import org.csh.reconciler.store.JdbcStatusHistory;
import org.csh.reconciler.store.LastSnapshots;
import org.csh.reconciler.store.RunSnapshots;
import org.csh.reconciler.store.StatusHistory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The job database beside Spring Batch's tables: each table's reader and writer, built once the schema is there. */
@Configuration(proxyBeanMethods = false)
public class StoreConfiguration {

    @Bean
    CshSchema cshSchema(DataSource dataSource) {
        return new CshSchema(dataSource);
    }

    @Bean
    RunSnapshots runSnapshots(JdbcTemplate jdbc, CshSchema schemaFirst) {
        return new RunSnapshots(jdbc);
    }

    @Bean
    LastSnapshots lastSnapshots(JdbcTemplate jdbc, CshSchema schemaFirst) {
        return new LastSnapshots(jdbc);
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
