package org.lbkit.db.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.zaxxer.hikari.HikariConfig;
import org.junit.jupiter.api.Test;
import org.lbkit.db.SslMode;
import org.lbkit.model.Secret;

final class PooledConnectionsTest {

    private static final ConnectionSettings SETTINGS = new ConnectionSettings(SslMode.REQUIRED, Duration.ofSeconds(7),
            Duration.ofSeconds(90), Duration.ofSeconds(3), Duration.ofMinutes(30));

    @Test
    void lifetimeFor_shortWaitTimeout_staysBelowIt() {
        assertThat(PooledConnections.lifetimeFor(Duration.ofMinutes(30), 600)).isEqualTo(Duration.ofSeconds(570));
        assertThat(PooledConnections.lifetimeFor(Duration.ofMinutes(30), 28_800)).isEqualTo(Duration.ofMinutes(30));
        assertThat(PooledConnections.lifetimeFor(Duration.ofMinutes(30), 20)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void config_setsEveryTimeoutAndTlsMode() {
        HikariConfig config = PooledConnections.config("p", "jdbc:mysql://db:3306/", "root", Secret.of("pw"), SETTINGS);

        assertThat(config.getDataSourceProperties()).containsEntry("connectTimeout", "7000")
                .containsEntry("socketTimeout", "90000")
                .containsEntry("sslMode", "REQUIRED")
                .containsEntry("characterEncoding", "UTF-8");
        assertThat(config.getValidationTimeout()).isEqualTo(3000);
        assertThat(config.getMaxLifetime()).isEqualTo(Duration.ofMinutes(30).toMillis());
        assertThat(config.getJdbcUrl()).doesNotContain("pw");
    }
}
