package org.lbkit.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.lbkit.model.Secret;
import org.lbkit.model.Share;
import org.lbkit.model.UncPath;

final class SmbTreeBuilderTest {

    private static SmbTree.Builder complete() {
        return SmbTree.builder().host("fs01.example.com").share("icewarp").user("IceWarp")
                .password(Secret.of("S3cret;|%"));
    }

    @Test
    void user_domainBackslashForm_setsDomain() {
        try (SmbTree tree = complete().user("CORP\\svc_mail").build()) {
            assertThat(tree.domain()).isEqualTo("CORP");
            assertThat(tree.user()).isEqualTo("svc_mail");
        }
    }

    @Test
    void user_atForm_setsDomain() {
        try (SmbTree tree = complete().user("svc_mail@corp.example").build()) {
            assertThat(tree.domain()).isEqualTo("corp.example");
            assertThat(tree.user()).isEqualTo("svc_mail");
        }
    }

    @Test
    void location_pathWithBackslashes_isUncFolder() {
        try (SmbTree tree = complete().path("\\share\\mail\\").build()) {
            assertThat(tree.path()).isEqualTo("share/mail");
            assertThat(tree.location()).isEqualTo("\\\\fs01.example.com\\icewarp\\share\\mail\\");
            assertThat(tree.location("a b/#1.eml"))
                    .isEqualTo("\\\\fs01.example.com\\icewarp\\share\\mail\\a b\\#1.eml");
            assertThat(tree.name()).isEqualTo("mail");
        }
    }

    @Test
    void of_uncAndShareAccount_copiesEveryField() {
        Share account = Share.builder().root("\\\\192.168.100.74\\icewarp\\share\\").user("IceWarp")
                .domain("CORP").password(Secret.of("pw")).build();

        try (SmbTree tree = SmbTree.of(UncPath.parse(account.root()), account)) {
            assertThat(tree.host()).isEqualTo("192.168.100.74");
            assertThat(tree.share()).isEqualTo("icewarp");
            assertThat(tree.path()).isEqualTo("share");
            assertThat(tree.domain()).isEqualTo("CORP");
            assertThat(tree.port()).isEqualTo(445);
        }
    }

    @Test
    void toString_neverShowsPassword() {
        try (SmbTree tree = complete().build()) {
            assertThat(tree.toString()).contains("fs01.example.com").doesNotContain("S3cret");
        }
    }

    @Test
    void build_missingFields_namesThem() {
        assertThatThrownBy(() -> SmbTree.builder().host("h").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("cannot build an SmbTree: set share, user, password on the builder");
    }

    @Test
    void options_invalidValues_throw() {
        assertThatThrownBy(() -> complete().port(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("port must be between 1 and 65535 but was 0");
        assertThatThrownBy(() -> complete().share("a/b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> complete().dialects(SmbDialect.SMB311, SmbDialect.SMB202))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> complete().connections(17)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> complete().path("a/../b")).isInstanceOf(LbShareException.class);
    }
}
