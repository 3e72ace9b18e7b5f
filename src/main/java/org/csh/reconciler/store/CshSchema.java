package org.csh.reconciler.store;

import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * Creates the reconciler's own tables at start-up, from {@code db/h2} or {@code db/postgres} by the database
 * actually connected to, so that operators only point {@code SPRING_DATASOURCE_URL} at PostgreSQL.
 */
public class CshSchema implements InitializingBean {

    private final DataSource dataSource;

    public CshSchema(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() throws MetaDataAccessException {
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, m -> m.getDatabaseProductName());
        String platform = product.toLowerCase(Locale.ROOT).contains("postgres") ? "postgres" : "h2";
        new ResourceDatabasePopulator(new ClassPathResource("db/" + platform + "/schema.sql")).execute(dataSource);
    }
}
