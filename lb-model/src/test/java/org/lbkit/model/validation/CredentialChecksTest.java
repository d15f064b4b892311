package org.lbkit.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lbkit.model.validation.Fixtures.assertFinding;
import static org.lbkit.model.validation.Fixtures.assertNoFinding;
import static org.lbkit.model.validation.Fixtures.databases;
import static org.lbkit.model.validation.Fixtures.share;

import org.junit.jupiter.api.Test;
import org.lbkit.model.Finding;
import org.lbkit.model.Secret;
import org.lbkit.model.Severity;
import org.lbkit.model.ShareFolders;

final class CredentialChecksTest {

    @Test
    void shareUser_semicolon_isError() {
        assertFinding(share(s -> s.user("ice;warp")), "user-not-carried", Severity.ERROR, "share.user",
                "'ice;warp'", "';'", "remote connection");
    }

    @Test
    void shareDomain_pipe_isError() {
        assertFinding(share(s -> s.domain("CO|RP")), "user-not-carried", Severity.ERROR, "share.domain",
                "'CO|RP'", "'|'");
    }

    @Test
    void sharePassword_inlineWithPipe_isErrorWithoutShowingIt() {
        Finding finding = assertFinding(share(s -> s.password(Secret.of("p@ss;w|rd"))), "password-not-carried",
                Severity.ERROR, "share.password", "share.password", "';'");

        assertThat(finding.toString()).doesNotContain("p@ss");
    }

    @Test
    void sharePassword_inlineWithLineFeed_isError() {
        assertFinding(share(s -> s.password(Secret.of("pass\nword"))), "password-not-carried", Severity.ERROR,
                "share.password", "U+000A");
    }

    @Test
    void sharePassword_trailingSpace_isError() {
        assertFinding(share(s -> s.password(Secret.of("password "))), "password-not-carried", Severity.ERROR,
                "share.password", "trailing space");
    }

    @Test
    void sharePassword_reference_isNotReadHere() {
        assertNoFinding(share(s -> s.password(Secret.fromEnv("LBKIT_TEST_VARIABLE_NEVER_SET"))),
                "password-not-carried");
    }

    @Test
    void databaseUser_semicolon_isError() {
        assertFinding(databases(d -> d.user("ice;warp")), "user-not-carried", Severity.ERROR, "databases.user",
                "'ice;warp'", "database connection string");
    }

    @Test
    void databasePassword_inlineSemicolon_isError() {
        assertFinding(databases(d -> d.password(Secret.of("a;b"))), "password-not-carried", Severity.ERROR,
                "databases.password", "';'");
    }

    @Test
    void databasePassword_pipe_isAccepted() {
        assertNoFinding(databases(d -> d.password(Secret.of("a|b"))), "password-not-carried");
    }

    @Test
    void shareFolder_semicolon_isError() {
        assertFinding(share(s -> s.folders(ShareFolders.builder().mail("mail;old").build())), "share-path-not-carried",
                Severity.ERROR, "share.folders.mail", "'mail;old'");
    }
}
