package org.lbkit.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lbkit.model.Secret;
import org.lbkit.model.Share;
import org.lbkit.model.UncPath;
import org.lbkit.share.testing.SambaServer;

final class ShareProbeIT {

    private static SambaServer samba;

    @BeforeAll
    static void start() {
        samba = SambaServer.create().start();
    }

    @AfterAll
    static void stop() {
        if (samba != null) {
            samba.close();
        }
    }

    @Test
    void createLayout_twice_createsThenReportsExisting() {
        try (SmbTree root = samba.treeBuilder().path("layout-twice").build()) {
            LayoutReport first = ShareLayout.of(root).create();
            LayoutReport second = ShareLayout.of(root).create();

            assertThat(first.created()).containsExactly("config", "spam", "calendar", "mail", "_yodaidx", "archives");
            assertThat(first.existing()).isEmpty();
            assertThat(second.created()).isEmpty();
            assertThat(second.existing()).hasSize(6);
            assertThat(samba.sharePath().resolve("layout-twice/_yodaidx")).isDirectory();
        }
    }

    @Test
    void probe_afterLayout_allFoldersUsable() throws IOException {
        try (SmbTree root = samba.treeBuilder().path("probe-ok").build()) {
            ShareLayout.of(root).create();

            ProbeReport report = ShareProbe.of(root).probe();

            assertThat(report.isOk()).as(report.failures().toString()).isTrue();
            assertThat(report.folders()).hasSize(6);
            try (Stream<Path> files = Files.walk(samba.sharePath().resolve("probe-ok"))) {
                assertThat(files.filter(Files::isRegularFile)).isEmpty();
            }
            JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(report));
            assertThat(json.get("ok").asBoolean()).isTrue();
        }
    }

    @Test
    void probe_missingFolders_notFound() {
        try (SmbTree root = samba.treeBuilder().path("probe-empty").build()) {
            root.createDirectories("");

            ProbeReport report = ShareProbe.of(root).probe();

            assertThat(report.isOk()).isFalse();
            FolderProbe mail = report.folders().get(3);
            assertThat(mail.failedStep()).contains(ProbeStep.FIND_FOLDER);
            assertThat(mail.failure()).contains(ShareFailure.NOT_FOUND);
            assertThat(mail.fix()).isNotBlank();
        }
    }

    @Test
    void probe_wrongPassword_badCredentialsForEveryFolder() {
        try (SmbTree root = samba.treeBuilder().password(Secret.of("wrong")).build()) {
            ProbeReport report = ShareProbe.of(root).probe();

            assertThat(report.folders()).allSatisfy(f -> {
                assertThat(f.failedStep()).contains(ProbeStep.CONNECT);
                assertThat(f.failure()).contains(ShareFailure.BAD_CREDENTIALS);
            });
        }
    }

    @Test
    void probe_modelShareWithUncRoot_works() {
        samba.sharePath().resolve("from-model").toFile().mkdirs();
        Share model = Share.builder()
                .root("\\\\" + samba.host() + "\\" + samba.shareName() + "\\from-model\\")
                .user(samba.user())
                .password(samba.password())
                .build();
        try (SmbTree root = SmbTree.builder().folder(UncPath.parse(model.root())).account(model)
                .port(samba.port()).build()) {
            ShareLayout.of(root).folders(model.folders()).create();

            assertThat(ShareProbe.of(root).folders(model.folders()).probe().isOk()).isTrue();
        }
    }

    @Test
    void probe_encryptedShare_encryptionRequired() {
        try (SambaServer encrypted = SambaServer.requiringEncryption().start();
                SmbTree root = encrypted.tree()) {
            ProbeReport report = ShareProbe.of(root).folders("").probe();

            FolderProbe folder = report.folders().get(0);
            assertThat(folder.failure()).contains(ShareFailure.ENCRYPTION_REQUIRED);
            assertThat(folder.explanation()).contains("encryption");
        }
    }
}
