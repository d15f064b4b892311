package org.lbkit.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class ServerInfoTest {

    @Test
    void parse_versionStrings_detectFlavourAndNumbers() {
        assertThat(ServerInfo.parse("8.0.36", "MySQL Community Server - GPL"))
                .hasToString("MySQL 8.0.36");
        assertThat(ServerInfo.parse("10.11.19-MariaDB-0+deb12u1", "Debian 12")).hasToString("MariaDB 10.11.19");
        assertThat(ServerInfo.parse("5.5.5-10.6.18-MariaDB", "")).hasToString("MariaDB 10.6.18");
        assertThat(ServerInfo.parse("11.4.2-MariaDB-log", null)).hasToString("MariaDB 11.4.2");
        assertThat(ServerInfo.parse("9.1.0-commercial", "MySQL Enterprise Server")).hasToString("MySQL 9.1.0");
        assertThat(ServerInfo.parse("5.7.44-48-log", "Percona Server (GPL)")).hasToString("MySQL 5.7.44");
    }

    @Test
    void parse_noVersionNumber_throwsUnsupportedServer() {
        assertThatThrownBy(() -> ServerInfo.parse("unknown", ""))
                .isInstanceOf(LbDatabaseException.class)
                .extracting(e -> ((LbDatabaseException) e).kind())
                .isEqualTo(LbDatabaseException.Kind.UNSUPPORTED_SERVER);
    }

    @Test
    void isSupported_versionLimits_matchCreateUserIfNotExists() {
        assertThat(ServerInfo.of(ServerFlavor.MYSQL, 5, 7, 5).isSupported()).isFalse();
        assertThat(ServerInfo.of(ServerFlavor.MYSQL, 5, 7, 6).isSupported()).isTrue();
        assertThat(ServerInfo.of(ServerFlavor.MYSQL, 9, 0, 0).isSupported()).isTrue();
        assertThat(ServerInfo.of(ServerFlavor.MARIADB, 10, 1, 2).isSupported()).isFalse();
        assertThat(ServerInfo.of(ServerFlavor.MARIADB, 10, 1, 3).isSupported()).isTrue();
    }
}
