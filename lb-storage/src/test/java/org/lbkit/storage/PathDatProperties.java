package org.lbkit.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;
import org.lbkit.storage.testing.TrickyStrings;

final class PathDatProperties {

    @Test
    void parse_anyText_formatsBackUnchanged() {
        qt().withExamples(1000).forAll(TrickyStrings.multiLine()).checkAssert(text ->
                assertThat(PathDat.parse(text).format()).isEqualTo(text));
    }

    @Test
    void withLine_anyTextAndValue_changesOnlyThatLine() {
        qt().withExamples(1000)
                .forAll(TrickyStrings.multiLine(), integers().between(1, 20), TrickyStrings.singleLine())
                .checkAssert((text, number, value) -> {
                    PathDat original = PathDat.parse(text);

                    PathDat reparsed = PathDat.parse(original.withLine(number, value).format());

                    assertThat(reparsed.lineCount()).isGreaterThanOrEqualTo(Math.max(number, PathDat.MINIMUM_LINES));
                    assertThat(reparsed.line(number)).isEqualTo(value);
                    for (int other = 1; other <= Math.max(original.lineCount(), 17); other++) {
                        if (other != number) {
                            assertThat(reparsed.line(other)).as("line %d", other).isEqualTo(original.line(other));
                        }
                    }
                });
    }
}
