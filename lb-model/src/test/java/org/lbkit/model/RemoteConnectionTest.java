package org.lbkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class RemoteConnectionTest {

    private static final UncPath CONFIG = UncPath.parse("\\\\192.168.100.74\\icewarp\\share\\config");
    private static final UncPath MAIL = UncPath.parse("\\\\192.168.100.74\\icewarp\\share\\mail");

    @Test
    void format_passwordWithSeparators_rejectedSayingWhy() {
        RemoteConnection connection = RemoteConnection.of(List.of(
                RemoteConnection.Entry.of(CONFIG, "IceWarp", Secret.of("p@ss;w|rd"))));

        assertThatThrownBy(connection::format)
                .isInstanceOf(InvalidRemoteConnectionException.class)
                .hasMessageContaining("password of entry 1 (\\\\192.168.100.74\\icewarp\\share\\config\\)")
                .hasMessageContaining("';'")
                .hasMessageContaining("has no escape")
                .hasMessageNotContaining("p@ss")
                .satisfies(e -> {
                    InvalidRemoteConnectionException invalid = (InvalidRemoteConnectionException) e;
                    assertThat(invalid.field()).contains("password");
                    assertThat(invalid.entryNumber()).hasValue(1);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"a;b", "a|b", "a\rb", "a\nb"})
    void format_userWithUncarriableCharacter_rejectedNamingField(String user) {
        RemoteConnection connection = RemoteConnection.of(List.of(
                RemoteConnection.Entry.of(CONFIG, "IceWarp", Secret.of("pw")),
                RemoteConnection.Entry.of(MAIL, user, Secret.of("pw"))));

        assertThatThrownBy(connection::format)
                .isInstanceOf(InvalidRemoteConnectionException.class)
                .hasMessageContaining("the user of entry 2 (\\\\192.168.100.74\\icewarp\\share\\mail\\)")
                .hasMessageContaining("no escape for ';', '|' or line breaks");
    }

    @Test
    void format_passwordEndingWithSpace_rejected() {
        RemoteConnection connection = RemoteConnection.of(List.of(
                RemoteConnection.Entry.of(CONFIG, "IceWarp", Secret.of("secret "))));

        assertThatThrownBy(connection::format)
                .isInstanceOf(InvalidRemoteConnectionException.class)
                .hasMessageContaining("ends with a space or tab")
                .hasMessageNotContaining("secret ");
    }

    @Test
    void format_pathWithSemicolon_rejectedNamingPath() {
        UncPath odd = UncPath.parse("\\\\fs01\\icewarp\\a;b");
        RemoteConnection connection = RemoteConnection.of(List.of(
                RemoteConnection.Entry.of(odd, "IceWarp", Secret.of("pw"))));

        assertThatThrownBy(connection::format)
                .isInstanceOf(InvalidRemoteConnectionException.class)
                .hasMessageContaining("the path of entry 1")
                .hasMessageContaining("rename the folder");
    }

    @Test
    void format_entries_oneLineWithDirectoryPaths() {
        RemoteConnection connection = RemoteConnection.of(List.of(
                RemoteConnection.Entry.of(CONFIG, "CORP\\IceWarp", Secret.of("pw")),
                RemoteConnection.Entry.of(MAIL, "IceWarp@corp.example", Secret.of("p@ss w\\rd%"))));

        assertThat(connection.format()).isEqualTo("\\\\192.168.100.74\\icewarp\\share\\config\\;CORP\\IceWarp;pw"
                + "|\\\\192.168.100.74\\icewarp\\share\\mail\\;IceWarp@corp.example;p@ss w\\rd%");
    }

    @Test
    void format_noEntries_emptyString() {
        assertThat(RemoteConnection.of(List.of()).format()).isEmpty();
        assertThat(RemoteConnection.parse("")).isEqualTo(RemoteConnection.of(List.of()));
    }

    @Test
    void parse_looseSpacing_tolerated() {
        String text = "\\\\192.168.100.74\\icewarp\\share\\config;CORP\\IceWarp;pw |\r\n"
                + "  \\\\192.168.100.74\\icewarp\\share\\mail\\;IceWarp@corp.example;p w |";

        RemoteConnection connection = RemoteConnection.parse(text);

        assertThat(connection.entries()).containsExactly(
                RemoteConnection.Entry.of(CONFIG, "CORP\\IceWarp", Secret.of("pw")),
                RemoteConnection.Entry.of(MAIL, "IceWarp@corp.example", Secret.of("p w")));
    }

    @Test
    void parse_lineBreaksWithoutBar_separateEntries() {
        RemoteConnection connection = RemoteConnection.parse(CONFIG + ";u;p\n" + MAIL + ";u;p\n");

        assertThat(connection.entries()).extracting(RemoteConnection.Entry::path).containsExactly(CONFIG, MAIL);
    }

    @Test
    void parse_emptyUserAndPassword_kept() {
        RemoteConnection.Entry entry = RemoteConnection.parse(CONFIG + ";;").entries().get(0);

        assertThat(entry.user()).isEmpty();
        assertThat(entry.password().reveal()).isEmpty();
    }

    @Test
    void parse_passwordWithSemicolon_rejectedWithoutShowingIt() {
        assertThatThrownBy(() -> RemoteConnection.parse(CONFIG + ";u;pw1|" + MAIL + ";u;top;secret"))
                .isInstanceOf(InvalidRemoteConnectionException.class)
                .hasMessageContaining("entry 2 (\\\\192.168.100.74\\icewarp\\share\\mail\\) has 4 field(s)")
                .hasMessageContaining("UNC;user;password")
                .hasMessageNotContaining("secret")
                .hasMessageNotContaining("top");
    }

    @Test
    void parse_missingCredentials_rejected() {
        assertThatThrownBy(() -> RemoteConnection.parse(CONFIG.toString()))
                .isInstanceOf(InvalidRemoteConnectionException.class)
                .hasMessageContaining("has 1 field(s)");
    }

    @Test
    void parse_noUncFirst_rejectedSecretHidden() {
        assertThatThrownBy(() -> RemoteConnection.parse("hunter2;user;" + CONFIG))
                .isInstanceOf(InvalidRemoteConnectionException.class)
                .hasMessageContaining("entry 1 does not start with a UNC path")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void parse_invalidPath_rejectedWithUncReason() {
        assertThatThrownBy(() -> RemoteConnection.parse("\\\\fs01\\mail\\..\\..\\x;u;pw"))
                .isInstanceOf(InvalidRemoteConnectionException.class)
                .hasMessageContaining("entry 1")
                .hasMessageContaining("climbs above the share")
                .hasCauseInstanceOf(InvalidUncPathException.class)
                .satisfies(e -> assertThat(((InvalidRemoteConnectionException) e).field()).contains("path"));
    }

    @Test
    void parse_null_throwsDocumentedException() {
        assertThatThrownBy(() -> RemoteConnection.parse(null)).isInstanceOf(InvalidRemoteConnectionException.class);
    }

    @Test
    void toString_passwords_masked() {
        RemoteConnection connection = RemoteConnection.parse(CONFIG + ";IceWarp;hunter2");

        assertThat(connection.toString())
                .isEqualTo("RemoteConnection[\\\\192.168.100.74\\icewarp\\share\\config\\;IceWarp;****]");
        assertThat(connection.entries().get(0).toString()).doesNotContain("hunter2");
    }

    @Test
    void forCluster_guideExample_entryPerFolder() {
        Cluster cluster = ClusterTest.guideCluster();

        RemoteConnection connection = RemoteConnection.forCluster(cluster);

        assertThat(connection.entries()).extracting(e -> e.path().toDirectoryString()).containsExactly(
                "\\\\192.168.100.74\\icewarp\\share\\config\\", "\\\\192.168.100.74\\icewarp\\share\\spam\\",
                "\\\\192.168.100.74\\icewarp\\share\\calendar\\", "\\\\192.168.100.74\\icewarp\\share\\mail\\",
                "\\\\192.168.100.74\\icewarp\\share\\archives\\");
        assertThat(connection.entries()).extracting(RemoteConnection.Entry::user).containsOnly("IceWarp");
        assertThat(connection.covers(cluster)).isTrue();
        assertThat(RemoteConnection.parse(connection.format())).isEqualTo(connection);
    }

    @Test
    void forCluster_domainAccount_writesQualifiedUser() {
        Cluster guide = ClusterTest.guideCluster();
        Cluster cluster = Cluster.builder().from(guide)
                .share(Share.builder().from(guide.share()).domain("CORP").build())
                .build();

        assertThat(RemoteConnection.forCluster(cluster).entries())
                .extracting(RemoteConnection.Entry::user).containsOnly("CORP\\IceWarp");
    }

    @Test
    void uncoveredFolders_missingEntries_listed() {
        Cluster cluster = ClusterTest.guideCluster();
        RemoteConnection connection = RemoteConnection.parse(
                "\\\\192.168.100.74\\ICEWARP\\share\\CONFIG\\;IceWarp;pw|" + MAIL + ";IceWarp;pw");

        assertThat(connection.uncoveredFolders(cluster)).extracting(UncPath::toString).containsExactly(
                "\\\\192.168.100.74\\icewarp\\share\\spam", "\\\\192.168.100.74\\icewarp\\share\\calendar",
                "\\\\192.168.100.74\\icewarp\\share\\archives");
        assertThat(connection.covers(cluster)).isFalse();
    }

    @Test
    void covers_entryForShareRoot_coversEveryFolder() {
        RemoteConnection connection = RemoteConnection.parse("\\\\192.168.100.74\\icewarp\\;IceWarp;pw");

        assertThat(connection.covers(ClusterTest.guideCluster())).isTrue();
        assertThat(connection.uncoveredFolders(ClusterTest.guideCluster())).isEmpty();
    }

    @Test
    void entryCovering_nestedEntries_deepestWins() {
        RemoteConnection connection = RemoteConnection.parse(
                "\\\\192.168.100.74\\icewarp\\;root;pw|" + MAIL + ";mailer;pw");

        assertThat(connection.entryCovering(MAIL.resolve("domain"))).map(RemoteConnection.Entry::user)
                .contains("mailer");
        assertThat(connection.entryCovering(CONFIG)).map(RemoteConnection.Entry::user).contains("root");
        assertThat(connection.entryCovering(UncPath.parse("\\\\other\\x"))).isEmpty();
    }

    @Test
    void of_nullEntry_rejected() {
        assertThatThrownBy(() -> RemoteConnection.of(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RemoteConnection.Entry.of(CONFIG, null, Secret.of("x")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
