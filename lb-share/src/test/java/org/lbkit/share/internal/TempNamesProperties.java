package org.lbkit.share.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

final class TempNamesProperties {

    @Test
    void temporaryNamesFitAndAreRecognised() {
        qt().forAll(strings().allPossible().ofLengthBetween(1, 300))
                .checkAssert(name -> {
                    String temporary = TempNames.forName(name);
                    assertThat(temporary.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
                    assertThat(TempNames.isTemporary(temporary)).isTrue();
                });
    }

    @Test
    void shortNamesAreKeptAsPrefix() {
        qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(1, 200))
                .checkAssert(name -> assertThat(TempNames.forName(name)).startsWith(name + "."));
    }
}
