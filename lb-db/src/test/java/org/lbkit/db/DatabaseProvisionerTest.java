package org.lbkit.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.lbkit.model.DatabaseRole;
import org.lbkit.model.LbValidationException;
import org.lbkit.model.Secret;

final class DatabaseProvisionerTest {

    private static DatabaseProvisioner.Builder minimal() {
        return DatabaseProvisioner.builder().adminUser("root").adminPassword(Secret.of("r00t-pw"));
    }

    @Test
    void build_withoutAdminPassword_throwsValidation() {
        assertThatThrownBy(() -> DatabaseProvisioner.builder().adminUser("root").build())
                .isInstanceOf(LbValidationException.class)
                .hasMessageContaining("adminPassword");
    }

    @Test
    void option_setTwice_throwsIllegalState() {
        assertThatThrownBy(() -> minimal().sslMode(SslMode.REQUIRED).sslMode("disabled"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("sslMode");
        assertThatThrownBy(() -> minimal().collation(DatabaseRole.ACCOUNTS, "a").collation(DatabaseRole.ACCOUNTS, "b"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void build_socketTimeoutTooShort_throwsValidation() {
        DatabaseProvisioner.Builder builder = minimal().socketTimeout(Duration.ofSeconds(30))
                .lockTimeout(Duration.ofSeconds(30));

        assertThatThrownBy(builder::build)
                .isInstanceOf(LbValidationException.class)
                .hasMessageContaining("lockTimeout");
    }

    @Test
    void collation_notAName_throwsValidation() {
        assertThatThrownBy(() -> minimal().collation("utf8mb4; DROP"))
                .isInstanceOf(LbValidationException.class)
                .hasMessageContaining("utf8mb4; DROP");
    }

    @Test
    void toString_masksPassword() {
        DatabaseProvisioner provisioner = minimal().jdbcUrl("jdbc:mysql://db:3306/").build();

        assertThat(provisioner.toString()).contains("adminUser=root", "jdbc:mysql://db:3306/", "sslMode=PREFERRED")
                .doesNotContain("r00t-pw");
    }

    @Test
    void sslMode_parse_acceptsDashedLowerCase() {
        assertThat(SslMode.parse("verify-identity")).isEqualTo(SslMode.VERIFY_IDENTITY);
        assertThatThrownBy(() -> SslMode.parse("on")).isInstanceOf(LbValidationException.class);
    }

    @Test
    void privileges_defaults_listWhatIceWarpNeeds() {
        assertThat(DatabasePrivilege.icewarpDefaults()).contains(DatabasePrivilege.CREATE, DatabasePrivilege.ALTER,
                DatabasePrivilege.INDEX, DatabasePrivilege.DROP).doesNotContain(DatabasePrivilege.TRIGGER);
        assertThat(DatabasePrivilege.parse("lock tables")).isEqualTo(DatabasePrivilege.LOCK_TABLES);
    }
}
