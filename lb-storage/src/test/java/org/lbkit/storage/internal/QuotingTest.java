package org.lbkit.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lbkit.storage.LbStorageException;

final class QuotingTest {

    @Test
    void bashQuote_documentedExamples() {
        assertThat(BashQuoting.quote("abc", "v")).isEqualTo("'abc'");
        assertThat(BashQuoting.quote("it's", "v")).isEqualTo("'it'\\''s'");
        assertThat(BashQuoting.quote("$HOME `x`", "v")).isEqualTo("'$HOME `x`'");
        assertThat(BashQuoting.quote("", "v")).isEqualTo("''");
    }

    @Test
    void powerShellQuote_documentedExamples() {
        assertThat(PowerShellQuoting.quote("abc", "v")).isEqualTo("'abc'");
        assertThat(PowerShellQuoting.quote("it's", "v")).isEqualTo("'it''s'");
        assertThat(PowerShellQuoting.quote("$env:X `n", "v")).isEqualTo("'$env:X `n'");
        assertThat(PowerShellQuoting.quote("a\u2019b", "v")).isEqualTo("'a\u2019\u2019b'");
    }

    @Test
    void windowsCommandLine_documentedExamples() {
        assertThat(WindowsCommandLine.quote("C:\\IceWarp\\temp\\")).isEqualTo("C:\\IceWarp\\temp\\");
        assertThat(WindowsCommandLine.quote("C:\\Program Files\\IceWarp\\"))
                .isEqualTo("\"C:\\Program Files\\IceWarp\\\\\"");
        assertThat(WindowsCommandLine.quote("say \"hi\"")).isEqualTo("\"say \\\"hi\\\"\"");
        assertThat(WindowsCommandLine.quote("")).isEqualTo("\"\"");
        assertThat(WindowsCommandLine.join(List.of("set", "system", "a b"))).isEqualTo("set system \"a b\"");
    }

    @Test
    void quote_nul_throwsNamingWhatNotValue() {
        assertThatThrownBy(() -> BashQuoting.quote("secret\0x", "the database password"))
                .isInstanceOf(LbStorageException.class)
                .hasMessageContaining("the database password")
                .hasMessageContaining("index 6")
                .hasMessageNotContaining("secret");
        assertThatThrownBy(() -> PowerShellQuoting.quote("\0", "v")).isInstanceOf(LbStorageException.class);
    }

    @Test
    void quote_unpairedSurrogate_throws() {
        assertThatThrownBy(() -> BashQuoting.quote("a\uD800b", "v"))
                .isInstanceOf(LbStorageException.class)
                .hasMessageContaining("surrogate");
        assertThatThrownBy(() -> PowerShellQuoting.quote("\uDC00", "v")).isInstanceOf(LbStorageException.class);
        assertThat(BashQuoting.quote("😀", "v")).isEqualTo("'😀'");
    }
}
