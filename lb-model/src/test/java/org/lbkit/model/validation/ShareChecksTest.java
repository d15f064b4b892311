package org.lbkit.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lbkit.model.validation.Fixtures.assertFinding;
import static org.lbkit.model.validation.Fixtures.assertNoFinding;
import static org.lbkit.model.validation.Fixtures.share;

import org.junit.jupiter.api.Test;
import org.lbkit.model.Finding;
import org.lbkit.model.Severity;
import org.lbkit.model.ShareFolders;

final class ShareChecksTest {

    @Test
    void root_driveLetter_isError() {
        assertFinding(share(s -> s.root("S:\\icewarp\\share\\")), "share-root-not-unc", Severity.ERROR,
                "share.root", "'S:\\icewarp\\share\\'", "drive letter");
    }

    @Test
    void root_localLinuxPath_isError() {
        assertFinding(share(s -> s.root("/srv/icewarp/share/")), "share-root-not-unc", Severity.ERROR,
                "share.root", "'/srv/icewarp/share/'", "local path");
    }

    @Test
    void root_withoutShareName_isErrorWithReason() {
        assertFinding(share(s -> s.root("\\\\192.168.100.74")), "share-root-not-unc", Severity.ERROR,
                "share.root", "'\\\\192.168.100.74'", "share");
    }

    @Test
    void root_loopbackHost_isError() {
        assertFinding(share(s -> s.root("\\\\localhost\\icewarp\\share\\")), "share-root-loopback", Severity.ERROR,
                "share.root", "localhost");
    }

    @Test
    void root_adminShareWithLocalAccount_isWarning() {
        Finding finding = assertFinding(share(s -> s.root("\\\\192.168.100.74\\C$\\icewarp\\")),
                "admin-share-local-account", Severity.WARNING, "share.root", "C$", "'IceWarp'");

        assertThat(finding.fix()).contains("domain account").contains("LocalAccountTokenFilterPolicy");
    }

    @Test
    void root_adminShareWithDomainAccount_isAccepted() {
        assertNoFinding(share(s -> s.root("\\\\192.168.100.74\\C$\\icewarp\\").domain("CORP")),
                "admin-share-local-account");
    }

    @Test
    void root_onNode_isWarning() {
        assertFinding(share(s -> s.root("\\\\192.168.100.83\\icewarp\\")), "share-on-node", Severity.WARNING,
                "share.root", "\\\\192.168.100.83\\icewarp", "server1");
    }

    @Test
    void folder_driveLetter_isError() {
        assertFinding(share(s -> s.folders(ShareFolders.builder().mail("D:\\mail").build())), "share-folder-invalid",
                Severity.ERROR, "share.folders.mail", "'D:\\mail'", "drive letter");
    }

    @Test
    void folder_uncPath_isError() {
        assertFinding(share(s -> s.folders(ShareFolders.builder().config("\\\\fs\\config").build())),
                "share-folder-invalid", Severity.ERROR, "share.folders.config", "'\\\\fs\\config'", "UNC");
    }

    @Test
    void folder_climbingAboveRoot_isError() {
        assertFinding(share(s -> s.folders(ShareFolders.builder().spam("..\\spam").build())), "share-folder-invalid",
                Severity.ERROR, "share.folders.spam", "'..\\spam'", "'..'");
    }

    @Test
    void folder_nested_isAccepted() {
        assertNoFinding(share(s -> s.folders(ShareFolders.builder().fullTextIndex("mail\\_yodaidx\\").build())),
                "share-folder-invalid");
    }

    @Test
    void folder_sameAsAnotherIgnoringCase_isError() {
        assertFinding(share(s -> s.folders(ShareFolders.builder().spam("Config").build())), "share-folder-duplicate",
                Severity.ERROR, "share.folders.spam", "'Config'", "config folder");
    }
}
