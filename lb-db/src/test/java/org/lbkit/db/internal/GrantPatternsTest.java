package org.lbkit.db.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class GrantPatternsTest {

    @Test
    void covers_escapedUnderscore_matchesOnlyTheName() {
        assertThat(GrantPatterns.covers("iw\\_gw", "iw_gw")).isTrue();
        assertThat(GrantPatterns.covers("iw\\_gw", "iwXgw")).isFalse();
    }

    @Test
    void covers_bareWildcards_matchLikeTheServer() {
        assertThat(GrantPatterns.covers("iw_gw", "iwXgw")).isTrue();
        assertThat(GrantPatterns.covers("iw%", "iw-accounts")).isTrue();
        assertThat(GrantPatterns.covers("%", "")).isTrue();
        assertThat(GrantPatterns.covers("iw%x", "iw-accounts")).isFalse();
    }
}
