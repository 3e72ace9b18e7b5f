package org.csh.reconciler.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.csh.reconciler.reconcile.ReconcileResult;
import org.junit.jupiter.api.Test;

/** Step data stored by an earlier version still reads, so that a restart after an upgrade resumes. */
class StoredResultTest {

    @Test
    void aResultStoredBeforeTheWriteBackReadsWithNoCurrentTasks() throws Exception {
        String stored = "{\"from\":\"2026-11-01\",\"to\":\"2026-11-25\",\"communities\":[],\"items\":[],"
                + "\"findings\":[],\"backTest\":null,\"contracts\":null}";
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:stored-result");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE step_data (data CLOB)");
            statement.execute("INSERT INTO step_data VALUES ('" + stored + "')");

            try (ResultSet row = statement.executeQuery("SELECT data FROM step_data")) {
                row.next();
                ReconcileResult result = JsonColumn.read(row, 1, ReconcileResult.class);

                assertThat(result.to()).hasToString("2026-11-25");
                assertThat(result.currentTasks()).isEmpty();
            }
        }
    }
}
