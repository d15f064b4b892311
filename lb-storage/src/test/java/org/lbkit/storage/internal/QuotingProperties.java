package org.lbkit.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lbkit.storage.testing.Bash;
import org.lbkit.storage.testing.PowerShellLiterals;
import org.lbkit.storage.testing.TrickyStrings;
import org.lbkit.storage.testing.WindowsArgv;

final class QuotingProperties {

    @TempDir
    Path dir;

    @Test
    void bashQuote_anyValue_realBashPrintsItUnchanged() {
        qt().withExamples(300).forAll(TrickyStrings.multiLine()).checkAssert(value -> {
            String script = "printf '%s\\0' " + BashQuoting.quote(value, "value") + "\n";

            Bash.Result result = Bash.runText(dir, script);

            assertThat(result.exitCode()).as(result.errors()).isZero();
            assertThat(result.nulSeparated()).containsExactly(value);
        });
    }

    @Test
    void bashQuote_severalValues_stayInSeparateArguments() {
        qt().withExamples(100).forAll(lists().of(TrickyStrings.multiLine()).ofSizeBetween(1, 6)).checkAssert(values -> {
            StringBuilder script = new StringBuilder("printf '%s\\0'");
            values.forEach(value -> script.append(' ').append(BashQuoting.quote(value, "value")));

            Bash.Result result = Bash.runText(dir, script.append('\n').toString());

            assertThat(result.nulSeparated()).containsExactlyElementsOf(values);
        });
    }

    @Test
    void powerShellQuote_anyValue_decodesToTheSameValue() {
        qt().withExamples(2000).forAll(TrickyStrings.multiLine()).checkAssert(value ->
                assertThat(PowerShellLiterals.decode(PowerShellQuoting.quote(value, "value"))).isEqualTo(value));
    }

    @Test
    void windowsCommandLine_anyArguments_splitBackUnchanged() {
        qt().withExamples(2000).forAll(lists().of(TrickyStrings.multiLine()).ofSizeBetween(1, 6)).checkAssert(values ->
                assertThat(WindowsArgv.split(WindowsCommandLine.join(values))).isEqualTo(values));
    }

    @Test
    void windowsCommandLine_insidePowerShellLiteral_survivesBothLayers() {
        qt().withExamples(1000).forAll(lists().of(TrickyStrings.multiLine()).ofSizeBetween(1, 4)).checkAssert(values -> {
            String literal = PowerShellQuoting.quote(WindowsCommandLine.join(values), "command line");

            List<String> arguments = WindowsArgv.split(PowerShellLiterals.decode(literal));

            assertThat(arguments).isEqualTo(values);
        });
    }
}
