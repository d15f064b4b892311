package org.lbkit.db.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lbkit.model.Secret;

final class SecretScrubberTest {

    @Test
    void scrub_serverErrorQuotingEscapedLiteral_masksIt() {
        SecretScrubber scrubber = SecretScrubber.of(List.of(Secret.of("it's\\x")));

        String message = scrubber.scrub("You have an error in your SQL syntax near 'it''s\\\\x'' at line 1");

        assertThat(message).doesNotContain("it''s").doesNotContain("it's").contains("****");
    }

    @Test
    void scrub_sqlException_keepsStateAndCodeAndDropsCause() {
        SecretScrubber scrubber = SecretScrubber.of(List.of(Secret.of("hunter2")));
        SQLException original = new SQLException("near 'hunter2'", "42000", 1064, new RuntimeException("hunter2"));

        SQLException safe = scrubber.scrub(original);

        assertThat(safe.getMessage()).isEqualTo("near '****'");
        assertThat(safe.getSQLState()).isEqualTo("42000");
        assertThat(safe.getErrorCode()).isEqualTo(1064);
        assertThat(safe.getCause()).isNull();
    }
}
