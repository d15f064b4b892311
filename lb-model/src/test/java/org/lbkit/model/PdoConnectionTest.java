package org.lbkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class PdoConnectionTest {

    private static final Secret PASSWORD = Secret.of("p;a|ss'\\");

    @Test
    void mysql_dsn_writesHostPortAndDbname() {
        PdoConnection connection = PdoConnection.mysql("192.168.100.80", 3306, "iw_eas", "icewarp", PASSWORD);

        assertThat(connection.dsn()).isEqualTo("mysql:host=192.168.100.80;port=3306;dbname=iw_eas");
        assertThat(connection.password().reveal()).isEqualTo("p;a|ss'\\");
    }

    @Test
    void parseDsn_aliasWithoutPort_defaultsPort() {
        PdoConnection connection = PdoConnection.parseDsn("mysql:host=db;database=iw_webclient", "u", PASSWORD);

        assertThat(connection.database()).isEqualTo("iw_webclient");
        assertThat(connection.port()).isEqualTo(3306);
        assertThat(connection.dsn()).isEqualTo("mysql:host=db;port=3306;dbname=iw_webclient");
    }

    @Test
    void parseDsn_charsetAndTrailingSemicolon_kept() {
        PdoConnection connection = PdoConnection.parseDsn("mysql:dbname=iw;host=db;port=3307;charset=utf8mb4;",
                "u", PASSWORD);

        assertThat(connection.charset()).contains("utf8mb4");
        assertThat(connection.dsn()).isEqualTo("mysql:host=db;port=3307;dbname=iw;charset=utf8mb4");
        assertThat(PdoConnection.parseDsn(connection.dsn(), "u", PASSWORD)).isEqualTo(connection);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sqlite:/opt/icewarp/spam/reports/reports.db | only MySQL DSNs",
        "mysql:dbname=iw                             | host is missing",
        "mysql:host=db                               | dbname is missing",
        "mysql:host=db;dbname=iw;port=x              | invalid port",
        "mysql:host=db;dbname=iw;unix_socket=/s      | unsupported parameter 'unix_socket=/s'",
        "mysql:host=db;dbname=iw;database=iw2        | dbname is given twice",
        "mysql:host;dbname=iw                        | unsupported parameter 'host'"})
    void parseDsn_invalid_rejectedNamingKey(String dsn, String problem) {
        assertThatThrownBy(() -> PdoConnection.parseDsn(dsn, "u", PASSWORD))
                .isInstanceOf(InvalidConnectionStringException.class)
                .hasMessageContaining(problem);
    }

    @Test
    void dsn_semicolonInDatabase_rejected() {
        PdoConnection connection = PdoConnection.mysql("db", 3306, "iw;x", "u", PASSWORD);

        assertThatThrownBy(connection::dsn)
                .isInstanceOf(InvalidConnectionStringException.class)
                .hasMessageContaining("the dbname contains ';'");
    }

    @Test
    void toIceWarpDbConnection_activeSync_givesSixFieldForm() {
        PdoConnection connection = PdoConnection.parseDsn("mysql:host=db;port=3307;dbname=iw_eas;charset=utf8mb4",
                "icewarp", Secret.of("pw"));

        assertThat(connection.toIceWarpDbConnection().format()).isEqualTo("iw_eas;icewarp;pw;db:3307;3;2");
    }

    @Test
    void toString_password_masked() {
        PdoConnection connection = PdoConnection.mysql("db", 3306, "iw_eas", "icewarp", Secret.of("hunter2"));

        assertThat(connection.toString())
                .isEqualTo("PdoConnection[mysql:host=db;port=3306;dbname=iw_eas, user=icewarp, password=****]");
    }
}
