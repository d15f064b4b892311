package org.lbkit.db.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.lbkit.model.LbValidationException;

final class SqlQuotingTest {

    @Test
    void identifier_backtickInside_isDoubled() {
        assertThat(SqlQuoting.identifier("a`b")).isEqualTo("`a``b`");
        assertThat(SqlQuoting.identifier("iw-accounts")).isEqualTo("`iw-accounts`");
    }

    @Test
    void grantPattern_underscoreAndPercent_areEscaped() {
        assertThat(SqlQuoting.grantPattern("iw_gw")).isEqualTo("`iw\\_gw`");
        assertThat(SqlQuoting.grantPattern("100%")).isEqualTo("`100\\%`");
        assertThat(SqlQuoting.grantPattern("iw-accounts")).isEqualTo("`iw-accounts`");
    }

    @Test
    void storedGrantPattern_nameWithUnderscore_hasNoBackticks() {
        assertThat(SqlQuoting.storedGrantPattern("iw_gw")).isEqualTo("iw\\_gw");
    }

    @Test
    void literal_quotesBackslashesAndNul_areEscaped() {
        assertThat(SqlQuoting.literal("it's", false)).isEqualTo("'it''s'");
        assertThat(SqlQuoting.literal("a\\b", false)).isEqualTo("'a\\\\b'");
        assertThat(SqlQuoting.literal("a\0b", false)).isEqualTo("'a\\0b'");
        assertThat(SqlQuoting.literal("x;DROP DATABASE y;--", false)).isEqualTo("'x;DROP DATABASE y;--'");
        assertThat(SqlQuoting.literal("Ünïcødé 密码", false)).isEqualTo("'Ünïcødé 密码'");
    }

    @Test
    void literal_noBackslashEscapes_leavesBackslashAlone() {
        assertThat(SqlQuoting.literal("a\\'b", true)).isEqualTo("'a\\''b'");
    }

    @Test
    void literal_nulUnderNoBackslashEscapes_isRejected() {
        assertThatThrownBy(() -> SqlQuoting.literal("a\0b", true))
                .isInstanceOf(LbValidationException.class)
                .hasMessageContaining("NUL");
    }

    @Test
    void account_userAndHost_areQuotedSeparately() {
        assertThat(SqlQuoting.account("ice@warp", "::1", false)).isEqualTo("'ice@warp'@'::1'");
    }
}
