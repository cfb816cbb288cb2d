package io.skillify.shared.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures mean "the database cannot be reached right now" (503 with Retry-After) rather than a defect. */
class DatabaseUnavailableTest {

    @Test
    void aRollbackThatFailsBecauseTheConnectionDiedKeepsTheStatementsFailureAsItsCause() {
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollback.initApplicationException(new DataAccessResourceFailureException("terminating connection"));

        assertThat(DatabaseUnavailable.isCause(rollback)).isTrue();
    }

    @Test
    void aCommitThatFailsBecauseTheServerShutDownOrTheConnectionBroke() {
        assertThat(DatabaseUnavailable.isCause(new TransactionSystemException("Could not commit JDBC transaction",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01"))))
                .isTrue();
        assertThat(DatabaseUnavailable.isCause(new TransactionSystemException("Could not commit JDBC transaction",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")))).isTrue();
        assertThat(DatabaseUnavailable.isCause(new RuntimeException(
                new SQLTransientConnectionException("Connection is not available, request timed out")))).isTrue();
    }

    @Test
    void otherDatabaseFailuresAreNotAnOutage() {
        assertThat(DatabaseUnavailable.isCause(new TransactionSystemException("Could not commit JDBC transaction",
                new SQLException("could not serialize access", "40001")))).isFalse();
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollback.initApplicationException(new IllegalStateException("a defect"));
        assertThat(DatabaseUnavailable.isCause(rollback)).isFalse();
        assertThat(DatabaseUnavailable.isCause(new IllegalStateException("a defect"))).isFalse();
    }
}
