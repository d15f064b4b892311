package org.lbkit.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lbkit.model.Secret;
import org.lbkit.share.testing.SambaServer;

final class SmbTreeIT {

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

    private static void assertFailure(Runnable action, ShareFailure expected) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(LbShareException.class,
                e -> assertThat(e.failure()).as(e.getMessage()).isEqualTo(expected));
    }

    @Test
    void operations_specialNames_keepNamesExactly() throws IOException {
        List<String> names = List.of("a b.eml", "h#sh.eml", "pct%41.eml", "100%.eml", "ünï€😀.eml", "semi;colon",
                "at@sign", "plus+amp&");
        try (SmbTree tree = samba.tree()) {
            tree.createDirectories("dir #1/sub %2");
            for (String name : names) {
                try (OutputStream out = tree.createNew("dir #1/sub %2/" + name)) {
                    out.write(name.getBytes(StandardCharsets.UTF_8));
                }
            }

            List<String> listed;
            try (Stream<FileEntry> entries = tree.list("dir #1/sub %2")) {
                listed = entries.map(FileEntry::name).collect(Collectors.toList());
            }
            assertThat(listed).containsExactlyInAnyOrderElementsOf(names);
            for (String name : names) {
                assertThat(samba.sharePath().resolve("dir #1/sub %2/" + name)).hasContent(name);
                try (InputStream in = tree.openRead("dir #1/sub %2/" + name)) {
                    assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(name);
                }
            }
        }
    }

    @Test
    void rename_existingTarget_replacesIt() throws IOException {
        try (SmbTree tree = samba.tree()) {
            write(tree, "r/old.txt", "twelve bytes");
            write(tree, "r/new.tmp", "sixsix");

            tree.rename("r/new.tmp", "r/old.txt");

            assertThat(samba.sharePath().resolve("r/old.txt")).hasContent("sixsix");
            assertThat(tree.stat("r/new.tmp")).isEmpty();
        }
    }

    @Test
    void createNew_existingFile_failsWithAlreadyExists() throws IOException {
        try (SmbTree tree = samba.tree()) {
            write(tree, "e/x.txt", "x");

            assertFailure(() -> tree.createNew("e/x.txt"), ShareFailure.ALREADY_EXISTS);
            assertThat(samba.sharePath().resolve("e/x.txt")).hasContent("x");
        }
    }

    @Test
    void setLastModified_file_isKeptWithinTolerance() throws IOException {
        Instant time = Instant.parse("2025-06-07T08:09:10Z");
        try (SmbTree tree = samba.tree()) {
            write(tree, "t/x.txt", "x");

            tree.setLastModified("t/x.txt", time);

            assertThat(Files.getLastModifiedTime(samba.sharePath().resolve("t/x.txt")).toInstant())
                    .isBetween(time.minusSeconds(2), time.plusSeconds(2));
            assertThat(tree.stat("t/x.txt").orElseThrow().lastModified()).isEqualTo(time);
        }
    }

    @Test
    void deleteFile_folder_isRefused() {
        try (SmbTree tree = samba.tree()) {
            tree.createDirectories("keep/inner");

            assertFailure(() -> tree.deleteFile("keep"), ShareFailure.NOT_A_DIRECTORY);
            assertThat(samba.sharePath().resolve("keep/inner")).isDirectory();
        }
    }

    @Test
    void stat_wrongPassword_badCredentials() {
        try (SmbTree tree = samba.treeBuilder().password(Secret.of("wrong")).build()) {
            assertFailure(() -> tree.stat(""), ShareFailure.BAD_CREDENTIALS);
        }
    }

    @Test
    void stat_unknownShare_shareNotFound() {
        try (SmbTree tree = samba.treeBuilder().share("nosuchshare").build()) {
            assertFailure(() -> tree.stat(""), ShareFailure.SHARE_NOT_FOUND);
        }
    }

    @Test
    void stat_closedPort_connectionRefused() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            closed = socket.getLocalPort();
        }
        try (SmbTree tree = samba.treeBuilder().port(closed).build()) {
            assertFailure(() -> tree.stat(""), ShareFailure.CONNECTION_REFUSED);
        }
    }

    @Test
    void stat_silentServer_timeout() throws IOException {
        try (ServerSocket silent = new ServerSocket()) {
            silent.bind(new InetSocketAddress("127.0.0.1", 0));
            SmbTree tree = samba.treeBuilder().port(silent.getLocalPort())
                    .connectTimeout(Duration.ofSeconds(1)).responseTimeout(Duration.ofSeconds(1)).build();
            try (tree) {
                assertFailure(() -> tree.stat(""), ShareFailure.TIMEOUT);
            }
        }
    }

    @Test
    void exceptionAndToString_neverShowPassword() {
        try (SmbTree tree = samba.treeBuilder().password(Secret.of("Wr0ng-S3cret")).build()) {
            assertThat(tree.toString()).doesNotContain("Wr0ng-S3cret");
            assertThatThrownBy(() -> tree.stat("")).satisfies(e -> assertThat(e.getMessage())
                    .doesNotContain("Wr0ng-S3cret"));
        }
    }

    @Test
    void stat_shareRequiringEncryption_encryptionRequired() {
        try (SambaServer encrypted = SambaServer.requiringEncryption().start();
                SmbTree tree = encrypted.tree()) {
            assertThatThrownBy(() -> tree.stat("")).isInstanceOfSatisfying(LbShareException.class, e -> {
                assertThat(e.failure()).isEqualTo(ShareFailure.ENCRYPTION_REQUIRED);
                assertThat(e.getMessage()).contains("SMB3 encryption");
            });
        }
    }

    private static void write(FileTree tree, String path, String content) throws IOException {
        tree.createDirectories(path.substring(0, path.lastIndexOf('/')));
        try (OutputStream out = tree.createNew(path)) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
    }
}
