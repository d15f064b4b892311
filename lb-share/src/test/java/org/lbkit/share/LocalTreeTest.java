package org.lbkit.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lbkit.share.testing.LocalFiles;

final class LocalTreeTest {

    private static final Instant T1 = Instant.parse("2026-01-02T03:04:05Z");

    @TempDir
    Path root;

    private FileTree tree() {
        return FileTrees.local(root);
    }

    private static void assertFailure(Runnable action, ShareFailure expected) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(LbShareException.class,
                e -> assertThat(e.failure()).as(e.getMessage()).isEqualTo(expected));
    }

    @Test
    void list_folder_returnsTypesSizesAndTimes() throws IOException {
        LocalFiles.write(root, "d/a.txt", "abc", T1);
        Files.createDirectories(root.resolve("d/sub"));
        Files.createSymbolicLink(root.resolve("d/link"), root.resolve("d/a.txt"));

        List<FileEntry> entries;
        try (Stream<FileEntry> listing = tree().list("d")) {
            entries = listing.sorted((x, y) -> x.path().compareTo(y.path())).collect(Collectors.toList());
        }

        assertThat(entries).extracting(FileEntry::path).containsExactly("d/a.txt", "d/link", "d/sub");
        assertThat(entries.get(0)).isEqualTo(FileEntry.of("d/a.txt", FileEntry.Type.FILE, 3, T1));
        assertThat(entries.get(1).type()).isEqualTo(FileEntry.Type.OTHER);
        assertThat(entries.get(2).isDirectory()).isTrue();
    }

    @Test
    void stat_missing_isEmpty() {
        assertThat(tree().stat("nothing/here")).isEmpty();
    }

    @Test
    void list_missingFolder_notFound() {
        assertFailure(() -> tree().list("missing").close(), ShareFailure.NOT_FOUND);
    }

    @Test
    void createNew_existingFile_alreadyExistsAndKeepsContent() {
        LocalFiles.write(root, "x.txt", "keep", T1);

        assertFailure(() -> tree().createNew("x.txt"), ShareFailure.ALREADY_EXISTS);
        assertThat(root.resolve("x.txt")).hasContent("keep");
    }

    @Test
    void rename_existingTarget_replacesIt() throws IOException {
        LocalFiles.write(root, "old.txt", "twelve bytes", T1);
        try (OutputStream out = tree().createNew("new.tmp")) {
            out.write("sixsix".getBytes(StandardCharsets.UTF_8));
        }

        tree().rename("new.tmp", "old.txt");

        assertThat(root.resolve("old.txt")).hasContent("sixsix");
        assertThat(root.resolve("new.tmp")).doesNotExist();
    }

    @Test
    void publish_wrongSize_keepsTemporaryUnpublished() throws IOException {
        LocalFiles.write(root, "t.tmp", "abc", T1);

        assertFailure(() -> tree().publish("t.tmp", "t.txt", T1, 4), ShareFailure.IO_ERROR);
        assertThat(root.resolve("t.txt")).doesNotExist();

        tree().publish("t.tmp", "t.txt", T1, 3);
        assertThat(Files.getLastModifiedTime(root.resolve("t.txt")).toInstant()).isEqualTo(T1);
    }

    @Test
    void deleteFile_folder_isRefused() throws IOException {
        Files.createDirectories(root.resolve("keep/inner"));

        assertFailure(() -> tree().deleteFile("keep"), ShareFailure.NOT_A_DIRECTORY);
        assertThat(root.resolve("keep/inner")).isDirectory();
    }

    @Test
    void paths_dotSegmentsOrAbsolute_areInvalid() {
        for (String path : List.of("../escape", "a/./b", "/absolute", "a//b", "trailing/")) {
            assertFailure(() -> tree().stat(path), ShareFailure.INVALID_NAME);
        }
    }

    @Test
    void subtree_readsBelowItsRoot() throws IOException {
        LocalFiles.write(root, "a/b/c.txt", "c", T1);

        FileTree sub = tree().subtree("a/b");

        assertThat(sub.name()).isEqualTo("b");
        assertThat(sub.location("c.txt")).isEqualTo(root.resolve("a/b/c.txt").toString());
        try (InputStream in = sub.openRead("c.txt")) {
            assertThat(in.readAllBytes()).isEqualTo("c".getBytes(StandardCharsets.UTF_8));
        }
    }
}
