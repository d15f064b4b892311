package org.lbkit.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lbkit.model.Archive;
import org.lbkit.model.Cluster;
import org.lbkit.model.DatabaseServer;
import org.lbkit.model.Databases;
import org.lbkit.model.Node;
import org.lbkit.model.Platform;
import org.lbkit.model.Share;
import org.lbkit.model.ShareFolders;
import org.quicktheories.core.Gen;

final class ValidatorProperties {

    /** Texts mixing path and address syntax with arbitrary characters. */
    private static Gen<String> anyText() {
        return strings().allPossible().ofLengthBetween(0, 8)
                .mix(integers().between(0, 10).map(i -> new String[] {
                    "\\\\", "\\\\h\\s", "//h/s/../..", "C:\\", "::1", "[::1]", "1.2.3.4", "a..b", "C$", "/mnt", ""}[i]),
                        50);
    }

    private static Cluster withTexts(String a, String b, String c) {
        return Cluster.builder().from(Fixtures.guide())
                .share(Share.builder().from(Fixtures.guide().share()).root(a + b)
                        .folders(ShareFolders.builder().mail(b).archives(c).build()).build())
                .databases(Databases.builder().from(Fixtures.guide().databases())
                        .server(DatabaseServer.of(c)).backup(DatabaseServer.of(a)).build())
                .archive(Archive.builder().enabled(true).path(a + c).subFolderPattern(b).build())
                .fullTextIndexPath(b + c)
                .nodes(List.of(Node.builder().id(a).name(b).address(c).master(true).build(),
                        Node.builder().id(b).name(c).address(a).platform(Platform.LINUX).shareMount(a)
                                .tempPath(b).logsPath(c).build()))
                .build();
    }

    @Test
    void validate_anyTexts_returnsFindingsWithoutThrowing() {
        qt().forAll(anyText(), anyText(), anyText()).checkAssert((a, b, c) ->
                assertThat(withTexts(a, b, c).validate().findings())
                        .allSatisfy(finding -> assertThat(finding.fix()).isNotBlank()));
    }
}
