package org.lbkit.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class CommentsTest {

    @Test
    void safe_lineBreaksAndControls_becomeQuestionMarks() {
        assertThat(Comments.safe("mail\nrm -rf /")).isEqualTo("mail?rm -rf /");
        assertThat(Comments.safe("a\r\u2028b\u0000c")).isEqualTo("a??b?c");
        assertThat(Comments.safe("serveur-é 😀")).isEqualTo("serveur-é 😀");
    }
}
