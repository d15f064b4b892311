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

    @Test
    void covers_wildcardsOff_readsThemLiterally() {
        assertThat(GrantPatterns.covers("iw_gw", "iwXgw", false)).isFalse();
        assertThat(GrantPatterns.covers("iw_gw", "iw_gw", false)).isTrue();
        assertThat(GrantPatterns.covers("iw%", "iw-accounts", false)).isFalse();
        assertThat(GrantPatterns.covers("iw\\_gw", "iw_gw", false)).isTrue();
    }

    @Test
    void covers_trailingBackslash_isLiteral() {
        assertThat(GrantPatterns.covers("iw\\", "iw\\")).isTrue();
        assertThat(GrantPatterns.covers("iw\\", "iw")).isFalse();
    }

    @Test
    void hasWildcard_escapedAndBare_areTold() {
        assertThat(GrantPatterns.hasWildcard("iw\\_gw")).isFalse();
        assertThat(GrantPatterns.hasWildcard("iw\\%")).isFalse();
        assertThat(GrantPatterns.hasWildcard("iw-accounts")).isFalse();
        assertThat(GrantPatterns.hasWildcard("iw_gw")).isTrue();
        assertThat(GrantPatterns.hasWildcard("iw\\_g%")).isTrue();
    }

    @Test
    void rank_firstWildcardPosition_ordersPatterns() {
        assertThat(GrantPatterns.rank("iw\\_gw", true)).isEqualTo(GrantPatterns.EXACT_RANK);
        assertThat(GrantPatterns.rank("iw_gw", true)).isEqualTo(3);
        assertThat(GrantPatterns.rank("i%", true)).isEqualTo(2);
        assertThat(GrantPatterns.rank("iw\\_g%", true)).isEqualTo(6);
        assertThat(GrantPatterns.rank("iw_gw", false)).isEqualTo(GrantPatterns.EXACT_RANK);
    }

    @Test
    void rank_lateWildcard_isCappedBelowExact() {
        String pattern = "a".repeat(200) + "%";

        assertThat(GrantPatterns.rank(pattern, true)).isEqualTo(127);
    }
}
