package org.lbkit.db.internal;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lbkit.db.DatabasePrivilege;

final class DatabaseGrantsProperties {

    @Test
    void escapedGrantIsExactUnderEitherReading() {
        qt().forAll(strings().ascii().ofLengthBetween(1, 12))
                .check(name -> {
                    String pattern = SqlQuoting.storedGrantPattern(name);
                    return !GrantPatterns.hasWildcard(pattern)
                            && GrantPatterns.rank(pattern, true) == GrantPatterns.EXACT_RANK
                            && GrantPatterns.covers(pattern, name, true)
                            && GrantPatterns.covers(pattern, name, false);
                });
    }

    @Test
    void escapedGrantOutranksEveryWildcardGrant() {
        qt().forAll(strings().ascii().ofLengthBetween(1, 12))
                .check(name -> {
                    Map<String, Set<DatabasePrivilege>> grants = Map.of(
                            SqlQuoting.storedGrantPattern(name), Set.of(DatabasePrivilege.SELECT),
                            "%", Set.of(DatabasePrivilege.SELECT, DatabasePrivilege.ALTER));
                    DatabaseGrants.Resolution resolution = DatabaseGrants.resolve(grants, name, true);
                    return resolution.privileges().equals(Set.of(DatabasePrivilege.SELECT))
                            && resolution.wildcardPatterns().equals(List.of("%"));
                });
    }
}
