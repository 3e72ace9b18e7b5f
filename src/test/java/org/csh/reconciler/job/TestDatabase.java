package org.csh.reconciler.job;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.junit.jupiter.api.Assumptions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A fresh, empty job database for one test: an H2 file under the test's directory, or, when
 * {@code -Dcsh.test.postgres-url} is set ({@code mvn -Ppostgres}), a new schema on that PostgreSQL server.
 */
public record TestDatabase(String url, String username, String password) {

    public static final String POSTGRES_URL = "csh.test.postgres-url";
    private static final AtomicLong SEQUENCE = new AtomicLong();

    /** Skips the calling test class when the postgres profile is on without a server to run against. */
    public static void assumeAvailable() {
        Assumptions.assumeFalse(postgresUrl().isEmpty() && Boolean.getBoolean("csh.test.postgres-required"),
                "the postgres profile needs -D" + POSTGRES_URL + "=jdbc:postgresql://127.0.0.1:5432/<db>");
    }

    private static Optional<String> postgresUrl() {
        return Optional.ofNullable(System.getProperty(POSTGRES_URL)).filter(u -> !u.isBlank());
    }

    public static TestDatabase fresh(Path dir) {
        assumeAvailable();
        Optional<String> postgres = postgresUrl();
        if (postgres.isEmpty()) {
            return new TestDatabase("jdbc:h2:file:" + dir.toAbsolutePath().resolve("csh-reconciler")
                    + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
        }
        String user = System.getProperty("csh.test.postgres-user", "csh");
        String password = System.getProperty("csh.test.postgres-password", "csh");
        String schema = ("t" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis() + "_"
                + SEQUENCE.incrementAndGet()).toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(postgres.get(), user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create schema " + schema + " on " + postgres.get(), e);
        }
        String url = postgres.get() + (postgres.get().contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new TestDatabase(url, user, password);
    }

    public boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    /** The job database as operators configure it: {@code SPRING_DATASOURCE_*} environment variables. */
    public Map<String, String> environment() {
        return Map.of("SPRING_DATASOURCE_URL", url, "SPRING_DATASOURCE_USERNAME", username,
                "SPRING_DATASOURCE_PASSWORD", password);
    }

    public DataSource dataSource() {
        return new DriverManagerDataSource(url, username, password);
    }

    public JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource());
    }
}
