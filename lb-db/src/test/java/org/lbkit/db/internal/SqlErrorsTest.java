package org.lbkit.db.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lbkit.db.LbDatabaseException;
import org.lbkit.db.LbDatabaseException.Kind;

final class SqlErrorsTest {

    @Test
    void kindOf_serverErrorCodes_mapToKinds() {
        assertThat(SqlErrors.kindOf(new SQLException("denied", "28000", 1045))).isEqualTo(Kind.AUTHENTICATION_FAILED);
        assertThat(SqlErrors.kindOf(new SQLException("host", "HY000", 1130))).isEqualTo(Kind.AUTHENTICATION_FAILED);
        assertThat(SqlErrors.kindOf(new SQLException("no grant", "42000", 1044))).isEqualTo(Kind.MISSING_PRIVILEGES);
        assertThat(SqlErrors.kindOf(new SQLException("super", "42000", 1227))).isEqualTo(Kind.MISSING_PRIVILEGES);
        assertThat(SqlErrors.kindOf(new SQLException("syntax", "42000", 1064))).isEqualTo(Kind.STATEMENT_FAILED);
    }

    @Test
    void kindOf_wrappedConnectException_isUnreachable() {
        SQLException link = new SQLException("Communications link failure", "08S01", 0,
                new ConnectException("Connection refused"));

        assertThat(SqlErrors.kindOf(new RuntimeException("pool", link))).isEqualTo(Kind.UNREACHABLE);
    }

    @Test
    void connectFailure_message_namesUrlUserStateAndRootCause() {
        SQLException link = new SQLException("Communications link failure\n\nmore", "08S01", 0,
                new ConnectException("Connection refused"));

        LbDatabaseException e = SqlErrors.connectFailure(new RuntimeException("pool", link),
                "jdbc:mysql://127.0.0.1:1/", "root", SecretScrubber.of(List.of()));

        assertThat(e.kind()).isEqualTo(Kind.UNREACHABLE);
        assertThat(e.getMessage()).contains("jdbc:mysql://127.0.0.1:1/", "'root'", "Connection refused", "08S01")
                .doesNotContain("more");
        assertThat(e.sqlState()).contains("08S01");
        assertThat(e.jdbcUrl()).isEqualTo("jdbc:mysql://127.0.0.1:1/");
    }
}
