package org.lbkit.share.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class NameRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"CON", "con.txt", "Aux", "NUL.tar.gz", "COM1", "lpt9.log", "a:b", "a*b", "a?b",
        "a\"b", "a<b", "a>b", "a|b", "a\\b", "trailing.", "trailing ", "tab\tname"})
    void check_windowsIllegalName_returnsReason(String name) {
        assertThat(WindowsNames.check(name)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a b.txt", "h#sh", "pct%41", "ünï€😀.eml", "CONSOLE", "COM10", "semi;colon",
        ".hidden", "x.CON"})
    void check_legalName_returnsEmpty(String name) {
        assertThat(WindowsNames.check(name)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.0123456789ab.lbpart", "mail.eml.ffffffffffff.lbpart"})
    void isTemporary_exactPattern_true(String name) {
        assertThat(TempNames.isTemporary(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.lbpart", "a.0123456789AB.lbpart", "a.0123456789a.lbpart", "a.0123456789abc.lbpart",
        "a.0123456789ab.lbpart.bak"})
    void isTemporary_otherName_false(String name) {
        assertThat(TempNames.isTemporary(name)).isFalse();
    }
}
