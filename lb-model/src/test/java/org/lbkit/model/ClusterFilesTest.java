package org.lbkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ClusterFilesTest {

    @TempDir
    Path folder;

    static String guideYaml() {
        try (InputStream in = ClusterFilesTest.class.getResourceAsStream("/cluster-files/guide.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Cluster fullCluster() {
        Cluster guide = TestClusters.guideWithReferences();
        return Cluster.builder().from(guide)
                .share(Share.builder().from(guide.share())
                        .domain("CORP")
                        .folders(ShareFolders.builder().fullTextIndex("index").archives("archive").build())
                        .build())
                .databases(Databases.builder().from(guide.databases())
                        .backup(DatabaseServer.of("2001:db8::80", 3307))
                        .putNames(DatabaseRole.ACCOUNTS, "mail_accounts")
                        .putNames(DatabaseRole.GROUPWARE, "iw_groupware")
                        .putStorages(DatabaseRole.WEBCLIENT_CACHE, DatabaseStorage.SQLITE)
                        .putStorages(DatabaseRole.ACCOUNTS, DatabaseStorage.MYSQL)
                        .password(Secret.fromFile(Path.of("/etc/lbkit/db password")))
                        .build())
                .archive(Archive.builder().enabled(true).subFolderPattern("yyyymm").imapFolder("Archiv")
                        .path("\\\\192.168.100.74\\icewarp\\share\\archive\\").build())
                .fullTextIndexPath("\\\\192.168.100.74\\icewarp\\share\\index\\")
                .licence(Licence.of(500, "mail", "groupware"))
                .loadBalancer(LoadBalancer.builder().name("mail.example.com").address("192.168.100.70")
                        .putServices(MailService.SMTP, List.of(25, 587))
                        .putServices(MailService.IMAP, List.of(993))
                        .build())
                .nodes(List.of(guide.nodes().get(0),
                        Node.builder().from(guide.nodes().get(1))
                                .licence(Licence.of(500, "mail"))
                                .installPath("D:\\IceWarp\\")
                                .tempPath("D:\\Temp\\")
                                .logsPath("D:\\Logs\\")
                                .databaseAccess(DatabaseAccess.ODBC)
                                .build(),
                        Node.builder().id("03").name("server3").address("mx3.example.com")
                                .platform(Platform.LINUX).shareMount("/mnt/icewarp/").build()))
                .build();
    }

    @Test
    void read_guideYaml_givesGuideCluster() {
        Cluster cluster = ClusterFiles.readYaml(guideYaml());

        assertThat(cluster).isEqualTo(TestClusters.guideWithReferences());
    }

    @Test
    void read_guideYamlFile_choosesFormatFromExtension() throws IOException {
        Path file = Files.writeString(folder.resolve("mail.yml"), guideYaml());

        assertThat(ClusterFiles.read(file)).isEqualTo(TestClusters.guideWithReferences());
    }

    @Test
    void read_platformInAnyCase_isAccepted() {
        String yaml = guideYaml()
                .replace("master: true, platform: windows", "master: true, platform: Windows")
                .replace("server2, address: 192.168.100.84, platform: windows", "server2,"
                        + " address: 192.168.100.84, platform: LINUX, shareMount: /mnt/icewarp/");

        Cluster cluster = ClusterFiles.readYaml(yaml);

        assertThat(cluster.nodes().get(0).platform()).isEqualTo(Platform.WINDOWS);
        assertThat(cluster.nodes().get(1).platform()).isEqualTo(Platform.LINUX);
    }

    @Test
    void read_unquotedNumericId_keepsTextAsWritten() {
        Cluster cluster = ClusterFiles.readYaml(guideYaml().replace("id: \"2\"", "id: 02"));

        assertThat(cluster.nodes().get(1).id()).isEqualTo("02");
    }

    @Test
    void read_byteOrderMark_isIgnored() throws IOException {
        Path file = Files.writeString(folder.resolve("mail.yaml"), "\uFEFF" + guideYaml());

        assertThat(ClusterFiles.read(file).name()).isEqualTo("mail");
    }

    @Test
    void roundTrip_guideYaml_givesEqualCluster() {
        Cluster guide = TestClusters.guideWithReferences();

        String yaml = ClusterFiles.toYaml(guide);

        assertThat(ClusterFiles.readYaml(yaml)).isEqualTo(guide);
        assertThat(yaml).contains("root: \\\\192.168.100.74\\icewarp\\share\\")
                .contains("password: env:IW_SHARE_PASSWORD")
                .doesNotContain("archive")
                .doesNotContain("loadBalancer");
    }

    @Test
    void roundTrip_everyKeyInYaml_givesEqualCluster() {
        Cluster full = fullCluster();

        assertThat(ClusterFiles.readYaml(ClusterFiles.toYaml(full))).isEqualTo(full);
    }

    @Test
    void roundTrip_everyKeyInJson_givesEqualCluster() {
        Cluster full = fullCluster();

        assertThat(ClusterFiles.readJson(ClusterFiles.toJson(full))).isEqualTo(full);
    }

    @Test
    void roundTrip_includingDefaults_givesEqualClusterAndWritesDefaults() {
        WriteOptions options = WriteOptions.builder().includeDefaults(true).build();
        Cluster guide = TestClusters.guideWithReferences();

        String yaml = ClusterFiles.toYaml(guide, options);

        assertThat(ClusterFiles.readYaml(yaml)).isEqualTo(guide);
        assertThat(yaml).contains("tempPath: C:\\IceWarp\\temp\\").contains("fullTextIndex: _yodaidx")
                .contains("smtp:");
    }

    @Test
    void roundTrip_filesOnDisk_giveEqualClusters() {
        Cluster full = fullCluster();
        Path yaml = folder.resolve("full.yaml");
        Path json = folder.resolve("full.JSON");

        ClusterFiles.write(full, yaml);
        ClusterFiles.write(full, json);

        assertThat(ClusterFiles.read(yaml)).isEqualTo(full);
        assertThat(ClusterFiles.read(json)).isEqualTo(full);
    }

    @Test
    void write_inlineSecrets_failsNamingEachSecretWithoutItsText() {
        ClusterFileException failure = catchThrowableOfType(ClusterFileException.class,
                () -> ClusterFiles.toYaml(TestClusters.guide()));

        assertThat(failure.problems()).extracting(ClusterFileException.Problem::path)
                .containsExactly("share.password", "databases.password");
        assertThat(failure.getMessage()).contains("env:NAME").contains("inlineSecrets")
                .doesNotContain("icewarppwd").doesNotContain("dbpw");
    }

    @Test
    void write_inlineSecretsToFile_leavesNoFile() {
        Path file = folder.resolve("mail.yaml");

        assertThatThrownBy(() -> ClusterFiles.write(TestClusters.guide(), file))
                .isInstanceOf(ClusterFileException.class);
        assertThat(file).doesNotExist();
    }

    @Test
    void write_omitInlineSecrets_leavesPasswordsOut() {
        WriteOptions omit = WriteOptions.builder().inlineSecrets(WriteOptions.InlineSecrets.OMIT).build();

        String yaml = ClusterFiles.toYaml(TestClusters.guide(), omit);

        assertThat(yaml).doesNotContain("password").doesNotContain("icewarppwd");
        assertThatThrownBy(() -> ClusterFiles.readYaml(yaml))
                .isInstanceOfSatisfying(ClusterFileException.class,
                        e -> assertThat(e.path()).isEqualTo("share.password"));
    }

    @Test
    void write_writeInlineSecrets_roundTrips() {
        WriteOptions write = WriteOptions.builder().inlineSecrets(WriteOptions.InlineSecrets.WRITE).build();

        String yaml = ClusterFiles.toYaml(TestClusters.guide(), write);

        assertThat(yaml).contains("password: icewarppwd");
        assertThat(ClusterFiles.readYaml(yaml)).isEqualTo(TestClusters.guide());
    }

    @Test
    void write_inlineSecretLookingLikeReference_fails() {
        Cluster guide = TestClusters.guide();
        Cluster tricky = Cluster.builder().from(guide)
                .share(Share.builder().from(guide.share()).password(Secret.of("env:X")).build())
                .build();
        WriteOptions write = WriteOptions.builder().inlineSecrets(WriteOptions.InlineSecrets.WRITE).build();

        assertThatThrownBy(() -> ClusterFiles.toYaml(tricky, write))
                .isInstanceOfSatisfying(ClusterFileException.class,
                        e -> assertThat(e.path()).isEqualTo("share.password"))
                .hasMessageContaining("read back as a reference");
    }

    @Test
    void write_writeInlineSecretsToFile_isOwnerOnly() throws IOException {
        Path file = folder.resolve("mail.yaml");
        WriteOptions write = WriteOptions.builder().inlineSecrets(WriteOptions.InlineSecrets.WRITE).build();

        ClusterFiles.write(TestClusters.guide(), file, write);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void write_referencesOnly_isReadableByAll() throws IOException {
        Path file = folder.resolve("mail.yaml");

        ClusterFiles.write(TestClusters.guideWithReferences(), file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
        assertThat(Files.list(folder)).containsExactly(file);
    }

    @Test
    void read_unknownExtension_failsNamingFormats() {
        assertThatThrownBy(() -> ClusterFiles.read(folder.resolve("mail.txt")))
                .isInstanceOf(ClusterFileException.class)
                .hasMessageContaining(".yaml, .yml or .json");
    }

    @Test
    void read_missingFile_failsWithPath() {
        Path missing = folder.resolve("missing.yaml");

        assertThatThrownBy(() -> ClusterFiles.read(missing))
                .isInstanceOf(ClusterFileException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("not found");
    }

    @Test
    void read_notUtf8_failsSayingSo() throws IOException {
        Path file = Files.write(folder.resolve("mail.yaml"), new byte[] {'n', 'a', 'm', 'e', ':', ' ', (byte) 0xff});

        assertThatThrownBy(() -> ClusterFiles.read(file)).hasMessageContaining("not UTF-8");
    }
}
