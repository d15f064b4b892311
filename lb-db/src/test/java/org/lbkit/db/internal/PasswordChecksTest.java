package org.lbkit.db.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lbkit.db.PasswordCheck;
import org.lbkit.db.PasswordStatus;
import org.lbkit.model.Secret;

final class PasswordChecksTest {

    /** MariaDB's and MySQL 5.7's PASSWORD('password'). */
    private static final String HASH_OF_PASSWORD = "*2470C0C06DEE42FD1618BB99005ADCA2EC9D1E19";

    @Test
    void nativeHash_knownPassword_matchesServerFunction() {
        assertThat(PasswordChecks.nativeHash("password")).isEqualTo(HASH_OF_PASSWORD);
    }

    @Test
    void check_nativeSameHash_matches() {
        PasswordCheck check = PasswordChecks.check(account("mysql_native_password", HASH_OF_PASSWORD, 0),
                Secret.of("password"));

        assertThat(check.status()).isEqualTo(PasswordStatus.MATCH);
        assertThat(check.plugin()).hasValue("mysql_native_password");
    }

    @Test
    void check_lowerCaseStoredHash_matches() {
        PasswordCheck check = PasswordChecks.check(account("mysql_native_password",
                HASH_OF_PASSWORD.toLowerCase(Locale.ROOT), 0), Secret.of("password"));

        assertThat(check.status()).isEqualTo(PasswordStatus.MATCH);
    }

    @Test
    void check_otherPassword_mismatches() {
        PasswordCheck check = PasswordChecks.check(account("mysql_native_password", HASH_OF_PASSWORD, 0),
                Secret.of("Password"));

        assertThat(check.status()).isEqualTo(PasswordStatus.MISMATCH);
        assertThat(check.reason()).doesNotContain(HASH_OF_PASSWORD).doesNotContain("Password");
    }

    @Test
    void check_emptyPlugin_isNative() {
        PasswordCheck check = PasswordChecks.check(account("", HASH_OF_PASSWORD, 0), Secret.of("password"));

        assertThat(check.status()).isEqualTo(PasswordStatus.MATCH);
        assertThat(check.plugin()).hasValue("mysql_native_password");
    }

    @Test
    void check_noStoredPassword_mismatches() {
        PasswordCheck check = PasswordChecks.check(account("mysql_native_password", "", 0), Secret.of("pw"));

        assertThat(check.status()).isEqualTo(PasswordStatus.MISMATCH);
        assertThat(check.reason()).contains("no password");
    }

    @Test
    void check_cachingSha2_isUnknown() {
        PasswordCheck check = PasswordChecks.check(account("caching_sha2_password", "$A$005$salt-and-hash", 0),
                Secret.of("password"));

        assertThat(check.status()).isEqualTo(PasswordStatus.UNKNOWN);
        assertThat(check.reason()).contains("caching_sha2_password");
    }

    @Test
    void check_severalMethods_isUnknown() {
        PasswordCheck check = PasswordChecks.check(account("mysql_native_password", HASH_OF_PASSWORD, 1),
                Secret.of("password"));

        assertThat(check.status()).isEqualTo(PasswordStatus.UNKNOWN);
        assertThat(check.reason()).contains("2 authentication methods");
    }

    @Test
    void check_preFourOneHash_isUnknown() {
        PasswordCheck check = PasswordChecks.check(account("mysql_native_password", "5d2e19393cc5ef67", 0),
                Secret.of("password"));

        assertThat(check.status()).isEqualTo(PasswordStatus.UNKNOWN);
    }

    @Test
    void accountAuth_toString_leavesOutHash() {
        assertThat(account("mysql_native_password", HASH_OF_PASSWORD, 0).toString())
                .doesNotContain(HASH_OF_PASSWORD.substring(1));
    }

    private static AccountAuth account(String plugin, String stored, int otherMethods) {
        return new AccountAuth("192.168.100.83", plugin, stored, otherMethods, false, false, Set.of());
    }
}
