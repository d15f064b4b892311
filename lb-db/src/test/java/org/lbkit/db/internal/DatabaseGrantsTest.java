package org.lbkit.db.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lbkit.db.DatabasePrivilege.ALTER;
import static org.lbkit.db.DatabasePrivilege.INSERT;
import static org.lbkit.db.DatabasePrivilege.SELECT;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lbkit.db.DatabasePrivilege;

final class DatabaseGrantsTest {

    @Test
    void resolve_exactGrant_givesItsPrivileges() {
        DatabaseGrants.Resolution resolution = DatabaseGrants.resolve(Map.of("iw\\_gw", Set.of(SELECT, ALTER)),
                "iw_gw", true);

        assertThat(resolution.privileges()).containsExactlyInAnyOrder(SELECT, ALTER);
        assertThat(resolution.wildcardPatterns()).isEmpty();
    }

    @Test
    void resolve_exactAndWildcard_exactWinsAlone() {
        DatabaseGrants.Resolution resolution = DatabaseGrants.resolve(
                Map.of("iw\\_gw", Set.of(SELECT), "iw_gw", Set.of(SELECT, ALTER)), "iw_gw", true);

        assertThat(resolution.privileges()).containsExactly(SELECT);
        assertThat(resolution.wildcardPatterns()).containsExactly("iw_gw");
    }

    @Test
    void resolve_onlyWildcard_countsAndIsListed() {
        DatabaseGrants.Resolution resolution = DatabaseGrants.resolve(Map.of("iw_gw", Set.of(SELECT, ALTER)),
                "iw_gw", true);

        assertThat(resolution.privileges()).containsExactlyInAnyOrder(SELECT, ALTER);
        assertThat(resolution.wildcardPatterns()).containsExactly("iw_gw");
    }

    @Test
    void resolve_laterWildcard_beatsEarlierOne() {
        DatabaseGrants.Resolution resolution = DatabaseGrants.resolve(
                Map.of("iw%", Set.of(SELECT), "i%", Set.of(ALTER)), "iw_gw", true);

        assertThat(resolution.privileges()).containsExactly(SELECT);
        assertThat(resolution.wildcardPatterns()).containsExactly("i%", "iw%");
    }

    @Test
    void resolve_equalRanks_intersectPrivileges() {
        DatabaseGrants.Resolution resolution = DatabaseGrants.resolve(
                Map.of("iw_gw", Set.of(SELECT, INSERT), "iw%", Set.of(SELECT, ALTER)), "iw_gw", true);

        assertThat(resolution.privileges()).containsExactly(SELECT);
    }

    @Test
    void resolve_patternForOtherDatabase_isIgnored() {
        DatabaseGrants.Resolution resolution = DatabaseGrants.resolve(
                Map.of("iw\\_accounts", Set.of(SELECT), "iwXgw", Set.of(SELECT)), "iw_gw", true);

        assertThat(resolution.privileges()).isEmpty();
        assertThat(resolution.wildcardPatterns()).isEmpty();
    }

    @Test
    void resolve_wildcardsOff_matchLiterally() {
        Map<String, Set<DatabasePrivilege>> grants = Map.of("iw_gw", Set.of(SELECT));

        assertThat(DatabaseGrants.resolve(grants, "iwXgw", false).privileges()).isEmpty();
        assertThat(DatabaseGrants.resolve(grants, "iw_gw", false).privileges()).containsExactly(SELECT);
        assertThat(DatabaseGrants.resolve(grants, "iw_gw", false).wildcardPatterns()).isEmpty();
    }
}
