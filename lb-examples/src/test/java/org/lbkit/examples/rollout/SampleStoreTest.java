package org.lbkit.examples.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lbkit.model.LbException;

final class SampleStoreTest {

    @TempDir
    Path temp;

    @Test
    void generate_emptyFolder_writesIceWarpLayoutWithCountedFiles() throws IOException {
        SampleStore store = SampleStore.ofSize(3, 10);

        assertThat(store.generate(temp.resolve("node1"))).isTrue();

        Path root = temp.resolve("node1");
        assertThat(root.resolve("mail/example.com/user1/inbox/100000001.imap")).isRegularFile();
        assertThat(root.resolve("mail/example.org/user3/sent/100000005.imap")).isRegularFile();
        assertThat(root.resolve("archives/example.com/user2/2026-02")).isDirectory();
        assertThat(root.resolve("config/settings.cfg")).isRegularFile();
        assertThat(root.resolve("spam/spam.dat")).isRegularFile();
        assertThat(root.resolve("calendar/groupware.dat")).isRegularFile();
        assertThat(filesUnder(root, SampleStore.FOLDERS)).hasSize((int) store.fileCount());
    }

    @Test
    void generate_twiceWithSameSize_reusesStore() {
        SampleStore store = SampleStore.ofSize(1, 2);
        store.generate(temp);

        assertThat(store.generate(temp)).isFalse();
    }

    @Test
    void generate_sameSizeInTwoFolders_givesIdenticalTrees() throws IOException {
        SampleStore.ofSize(2, 3).generate(temp.resolve("a"));
        SampleStore.ofSize(2, 3).generate(temp.resolve("b"));

        for (String file : filesUnder(temp.resolve("a"), SampleStore.FOLDERS)) {
            Path a = temp.resolve("a").resolve(file);
            Path b = temp.resolve("b").resolve(file);
            assertThat(b).hasSameBinaryContentAs(a);
            assertThat(Files.getLastModifiedTime(b)).isEqualTo(Files.getLastModifiedTime(a));
        }
    }

    @Test
    void generate_otherSizeOverExistingStore_throwsNamingBothSizes() {
        SampleStore.ofSize(1, 2).generate(temp);

        assertThatThrownBy(() -> SampleStore.ofSize(1, 3).generate(temp))
                .isInstanceOf(LbException.class)
                .hasMessageContaining("messages-per-user=2")
                .hasMessageContaining("messages-per-user=3");
    }

    @Test
    void generate_nonEmptyForeignFolder_throwsWithoutWriting() throws IOException {
        Files.writeString(temp.resolve("keep.txt"), "mine");

        assertThatThrownBy(() -> SampleStore.ofSize(1, 1).generate(temp))
                .isInstanceOf(LbException.class)
                .hasMessageContaining("not empty");
        assertThat(temp.resolve("mail")).doesNotExist();
    }

    @Test
    void ofSize_zeroUsers_throws() {
        assertThatThrownBy(() -> SampleStore.ofSize(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> filesUnder(Path root, List<String> folders) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(root::relativize)
                    .filter(p -> folders.contains(p.getName(0).toString()))
                    .map(Path::toString)
                    .collect(Collectors.toList());
        }
    }
}
