package org.lbkit.model.validation;

import static org.lbkit.model.validation.Fixtures.assertFinding;
import static org.lbkit.model.validation.Fixtures.assertNoFinding;
import static org.lbkit.model.validation.Fixtures.cluster;

import org.junit.jupiter.api.Test;
import org.lbkit.model.Archive;
import org.lbkit.model.Severity;

final class ArchiveChecksTest {

    @Test
    void archivePath_guideScreenshotFolder_isError() {
        assertFinding(cluster(c -> c.archive(Archive.builder().path("\\\\192.168.100.74\\icewarp\\share\\archive\\")
                        .build())),
                "archive-path-outside-layout", Severity.ERROR, "archive.path",
                "\\\\192.168.100.74\\icewarp\\share\\archive\\", "\\\\192.168.100.74\\icewarp\\share\\archives\\");
    }

    @Test
    void archivePath_layoutFolderInOtherCase_isAccepted() {
        assertNoFinding(cluster(c -> c.archive(Archive.builder().path("//192.168.100.74/ICEWARP/share/Archives")
                .build())), "archive-path-outside-layout");
    }

    @Test
    void archivePath_driveLetter_isError() {
        assertFinding(cluster(c -> c.archive(Archive.builder().path("Z:\\archives\\").build())),
                "archive-path-not-unc", Severity.ERROR, "archive.path", "'Z:\\archives\\'");
    }

    @Test
    void indexPath_otherFolder_isError() {
        assertFinding(cluster(c -> c.fullTextIndexPath("\\\\192.168.100.74\\icewarp\\share\\yoda\\")),
                "index-path-outside-layout", Severity.ERROR, "fullTextIndexPath", "\\share\\yoda\\",
                "\\share\\_yodaidx\\");
    }

    @Test
    void indexPath_localFolder_isError() {
        assertFinding(cluster(c -> c.fullTextIndexPath("C:\\IceWarp\\_yodaidx\\")), "index-path-not-unc",
                Severity.ERROR, "fullTextIndexPath", "'C:\\IceWarp\\_yodaidx\\'");
    }

    @Test
    void subFolderPattern_withSlash_isErrorWhenEnabled() {
        assertFinding(cluster(c -> c.archive(Archive.builder().enabled(true).subFolderPattern("yyyy/mm").build())),
                "archive-pattern-invalid", Severity.ERROR, "archive.subFolderPattern", "'yyyy/mm'", "'/'");
    }

    @Test
    void subFolderPattern_withSlash_isIgnoredWhenDisabled() {
        assertNoFinding(cluster(c -> c.archive(Archive.builder().subFolderPattern("yyyy/mm").build())),
                "archive-pattern-invalid");
    }

    @Test
    void imapFolder_empty_isErrorWhenEnabled() {
        assertFinding(cluster(c -> c.archive(Archive.builder().enabled(true).imapFolder(" ").build())),
                "archive-imap-folder-empty", Severity.ERROR, "archive.imapFolder", "IMAP folder");
    }
}
