package org.lbkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class IceWarpDbConnectionTest {

    @Test
    void mysql_format_writesSyntax3Driver2() {
        IceWarpDbConnection connection = IceWarpDbConnection.mysql("iw_accounts", "icewarp", Secret.of("pw"),
                "192.168.100.80", 3306);

        assertThat(connection.format()).isEqualTo("iw_accounts;icewarp;pw;192.168.100.80:3306;3;2");
        assertThat(connection.isMysql()).isTrue();
        assertThat(connection.isSqlite()).isFalse();
    }

    @Test
    void sqlite_format_writesEmptyCredentials() {
        IceWarpDbConnection connection = IceWarpDbConnection.sqlite("/opt/icewarp/config/accounts.db");

        assertThat(connection.format()).isEqualTo("/opt/icewarp/config/accounts.db;;;;7;3");
        assertThat(connection.isSqlite()).isTrue();
        assertThat(connection.port()).isEmpty();
        assertThat(connection.toString()).isEqualTo("IceWarpDbConnection[/opt/icewarp/config/accounts.db;;;;7;3]");
    }

    @Test
    void mysql_ipv6HostWithPort_bracketed() {
        IceWarpDbConnection connection = IceWarpDbConnection.mysql("iw_gw", "icewarp", Secret.of("pw"),
                "[FD00:0::5]", 3307);

        assertThat(connection.host()).isEqualTo("fd00::5");
        assertThat(connection.format()).isEqualTo("iw_gw;icewarp;pw;[fd00::5]:3307;3;2");
    }

    @Test
    void parse_mysql_readsEveryField() {
        IceWarpDbConnection connection = IceWarpDbConnection.parse("iw_gw;icewarp;p'a\\ss;db.example:3307;3;2");

        assertThat(connection.database()).isEqualTo("iw_gw");
        assertThat(connection.user()).isEqualTo("icewarp");
        assertThat(connection.password().reveal()).isEqualTo("p'a\\ss");
        assertThat(connection.host()).isEqualTo("db.example");
        assertThat(connection.port()).hasValue(3307);
        assertThat(connection.syntax()).isEqualTo(3);
        assertThat(connection.driver()).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "db;u;p;127.0.0.1;3;2        | 127.0.0.1 | -1",
        "db;u;p;::1;3;2              | ::1       | -1",
        "db;u;p;[::1]:3306;3;2       | ::1       | 3306",
        "db;u;p;[::1];3;2            | ::1       | -1",
        "db;u;p;fe80::1%4;3;2        | fe80::1%4 | -1",
        "db;u;p;db-1:13306;3;2       | db-1      | 13306"})
    void parse_hostForms_splitHostAndPort(String text, String host, int port) {
        IceWarpDbConnection connection = IceWarpDbConnection.parse(text);

        assertThat(connection.host()).isEqualTo(host);
        assertThat(connection.port().orElse(-1)).isEqualTo(port);
        assertThat(IceWarpDbConnection.parse(connection.format())).isEqualTo(connection);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "db;u;p;h;3              | exactly 6",
        "db;u;top;secret;h;3;2   | exactly 6",
        "db;u;p;h:0;3;2          | invalid port",
        "db;u;p;h:70000;3;2      | invalid port",
        "db;u;p;h:x;3;2          | invalid port",
        "db;u;p;[::1;3;2         | [address]:port",
        "db;u;p;[::1]x;3;2       | [address]:port",
        "db;u;p;:3306;3;2        | host is empty",
        "db;u;p;h;mysql;2        | invalid syntax code",
        "db;u;p;h;3;-2           | invalid driver code"})
    void parse_invalidString_rejectedNamingProblem(String text, String problem) {
        assertThatThrownBy(() -> IceWarpDbConnection.parse(text))
                .isInstanceOf(InvalidConnectionStringException.class)
                .hasMessageContaining(problem)
                .hasMessageNotContaining("secret");
    }

    @Test
    void parse_passwordLineBreak_rejectedUnshown() {
        assertThatThrownBy(() -> IceWarpDbConnection.parse("db;u;hunter\n2;h;3;2"))
                .isInstanceOf(InvalidConnectionStringException.class)
                .hasMessageContaining("password")
                .hasMessageNotContaining("hunter");
    }

    @ParameterizedTest
    @CsvSource({
        "database, iw;gw, icewarp,  pw,         db",
        "user,     iw_gw, ice;warp, pw,         db",
        "password, iw_gw, icewarp,  top;secret, db",
        "host,     iw_gw, icewarp,  pw,         d;b"})
    void format_semicolonInField_rejectedNamingField(String field, String database, String user, String password,
            String host) {
        IceWarpDbConnection connection = IceWarpDbConnection.mysql(database, user, Secret.of(password), host, 3306);

        assertThatThrownBy(connection::format)
                .isInstanceOf(InvalidConnectionStringException.class)
                .hasMessageContaining("the " + field + " contains ';'")
                .hasMessageContaining("no escape")
                .hasMessageNotContaining("secret")
                .satisfies(e -> assertThat(((InvalidConnectionStringException) e).field()).contains(field));
    }

    @Test
    void mysql_invalidArguments_rejectedNamingField() {
        assertThatThrownBy(() -> IceWarpDbConnection.mysql("", "u", Secret.of("p"), "h", 3306))
                .isInstanceOf(InvalidConnectionStringException.class).hasMessageContaining("database");
        assertThatThrownBy(() -> IceWarpDbConnection.mysql("d", "u", Secret.of("p"), "h", 0))
                .isInstanceOf(InvalidConnectionStringException.class).hasMessageContaining("port");
        assertThatThrownBy(() -> IceWarpDbConnection.mysql("d", "u", Secret.of("p"), "h:3306", 3306))
                .isInstanceOf(InvalidConnectionStringException.class).hasMessageContaining("give the port separately");
        assertThatThrownBy(() -> IceWarpDbConnection.mysql("d", null, Secret.of("p"), "h", 3306))
                .isInstanceOf(InvalidConnectionStringException.class).hasMessageContaining("user");
        assertThatThrownBy(() -> IceWarpDbConnection.parse(null))
                .isInstanceOf(InvalidConnectionStringException.class);
    }

    @Test
    void toString_password_masked() {
        IceWarpDbConnection connection = IceWarpDbConnection.parse("iw_gw;icewarp;hunter2;db:3306;3;2");

        assertThat(connection.toString()).isEqualTo("IceWarpDbConnection[iw_gw;icewarp;****;db:3306;3;2]");
    }
}
