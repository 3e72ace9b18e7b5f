package org.csh.reconciler.store;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Step data as JSON in a text column, streamed: written straight into a CLOB and read straight from one, so that
 * a snapshot of 100,000 work items is never also held as one string of tens of megabytes beside its records.
 * PostgreSQL's driver cannot make a CLOB (its {@code TEXT} column takes the text whole), and it must be known
 * without trying: the pool marks a connection broken on the "feature not supported" a try raises, and closes it
 * in the middle of the step's transaction.
 */
final class JsonColumn {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(new Jdk8Module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private JsonColumn() {
    }

    /** Binds {@code value} as JSON to parameter {@code index}; the returned CLOB (if any) is freed by the caller. */
    static Clob bind(Connection connection, PreparedStatement statement, int index, Object value)
            throws SQLException, IOException {
        if (!streamsClobs(connection)) {
            statement.setString(index, JSON.writeValueAsString(value));
            return null;
        }
        Clob clob = connection.createClob();
        try (Writer writer = clob.setCharacterStream(1)) {
            JSON.writeValue(writer, value);
        }
        statement.setClob(index, clob);
        return clob;
    }

    private static boolean streamsClobs(Connection connection) throws SQLException {
        return !"PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
    }

    /** Inserts one row whose last parameter is {@code value} as JSON; the others are bound as given. */
    static void insert(Connection connection, String sql, Object value, Object... others)
            throws SQLException, IOException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int i = 0; i < others.length; i++) {
                insert.setObject(i + 1, others[i]);
            }
            Clob clob = bind(connection, insert, others.length + 1, value);
            insert.executeUpdate();
            if (clob != null) {
                clob.free();
            }
        }
    }

    /** Column {@code index} of the current row, read as JSON into a {@code type}. */
    static <T> T read(ResultSet row, int index, Class<T> type) throws SQLException, IOException {
        try (Reader reader = row.getCharacterStream(index)) {
            return JSON.readValue(reader, type);
        }
    }
}
