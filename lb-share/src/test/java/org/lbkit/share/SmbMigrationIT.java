package org.lbkit.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lbkit.share.testing.LocalFiles;
import org.lbkit.share.testing.MigrationMain;
import org.lbkit.share.testing.SambaServer;

final class SmbMigrationIT {

    private static final Instant T1 = Instant.parse("2026-01-02T03:04:05Z");
    private static final Instant T2 = Instant.parse("2026-02-03T04:05:06Z");

    private static SambaServer samba;
    private static SmbTree share;

    @TempDir
    Path source;

    @BeforeAll
    static void start() {
        samba = SambaServer.create().start();
        share = samba.tree();
    }

    @AfterAll
    static void stop() {
        if (share != null) {
            share.close();
        }
        if (samba != null) {
            samba.close();
        }
    }

    private static FileTree target(String folder) {
        return share.subtree(folder);
    }

    /** Returns path to SHA-256 and size of every file, without times. */
    private static Map<String, String> contents(Path root) {
        Map<String, String> result = new TreeMap<>();
        LocalFiles.files(root).forEach((path, value) -> result.put(path, value.substring(0, value.indexOf(" @"))));
        return result;
    }

    private static long countFiles(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).count();
        } catch (java.io.UncheckedIOException e) {
            // A temporary file was renamed or removed during the walk; count again later.
            return -1;
        }
    }

    private static List<Path> temporaryFiles(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(p -> p.getFileName().toString().endsWith(".lbpart")).collect(Collectors.toList());
        }
    }

    @Test
    void run_specialNamesToSmb_copiedOrRefused() {
        List<String> legal = List.of("a b.eml", "h#sh.eml", "pct%41.eml", "100%.eml", "ünï€😀.eml", "semi;colon",
                "dir #2/inner %.txt");
        List<String> illegal = List.of("CON", "nul.txt", "dot.", "space ", "co:lon", "q?", "pi|pe");
        legal.forEach(n -> LocalFiles.write(source, "mail/" + n, n, T1));
        illegal.forEach(n -> LocalFiles.write(source, "mail/" + n, n, T1));

        MigrationReport report = Migration.from(FileTrees.local(source)).to(target("names")).run();

        assertThat(report.count(FileAction.COPY)).isEqualTo(legal.size());
        assertThat(report.count(FileAction.REFUSE)).isEqualTo(illegal.size());
        Path copied = samba.sharePath().resolve("names/mail");
        legal.forEach(n -> assertThat(copied.resolve(n)).hasContent(n));
        illegal.forEach(n -> assertThat(copied.resolve(n)).doesNotExist());
    }

    @Test
    void run_toSmbTwice_keepsTimesSkipsRerun() throws IOException {
        LocalFiles.write(source, "a/b/1.imap", "one", T1);
        LocalFiles.write(source, "a/2.imap", "two", T2);
        Files.setLastModifiedTime(source.resolve("a/b"), FileTime.from(T2));

        Migration.from(FileTrees.local(source)).to(target("times")).run();
        MigrationReport again = Migration.from(FileTrees.local(source)).to(target("times")).run();

        Path copied = samba.sharePath().resolve("times");
        assertThat(Files.getLastModifiedTime(copied.resolve("a/b/1.imap")).toInstant())
                .isBetween(T1.minusSeconds(2), T1.plusSeconds(2));
        assertThat(Files.getLastModifiedTime(copied.resolve("a/b")).toInstant())
                .isBetween(T2.minusSeconds(2), T2.plusSeconds(2));
        assertThat(again.filesCopied()).isZero();
        assertThat(again.count(FileAction.SKIP_IDENTICAL)).isEqualTo(2);
    }

    @Test
    void run_overwriteTwelveBytesWithSix_leavesNoTail() throws IOException {
        LocalFiles.write(source, "f.txt", "sixsix", T2);
        LocalFiles.write(samba.sharePath(), "over/f.txt", "twelve bytes", T1);

        MigrationReport report = Migration.from(FileTrees.local(source)).to(target("over"))
                .overwrite(Overwrite.ALWAYS).run();

        assertThat(report.count(FileAction.OVERWRITE)).isEqualTo(1);
        assertThat(samba.sharePath().resolve("over/f.txt")).hasContent("sixsix");
        assertThat(Files.size(samba.sharePath().resolve("over/f.txt"))).isEqualTo(6);
    }

    @Test
    void run_smbSources_copiesMatch(@TempDir Path local) {
        LocalFiles.write(source, "x/1.eml", "one", T1);
        LocalFiles.write(source, "x/y/2.eml", "two #2", T2);
        LocalFiles.write(source, "big.bin", new byte[3 << 20], T1);
        Migration.from(FileTrees.local(source)).to(target("s2s-src")).run();

        MigrationReport smbToSmb = Migration.from(target("s2s-src")).to(target("s2s-dst")).run();
        MigrationReport smbToLocal = Migration.from(target("s2s-dst")).to(FileTrees.local(local)).run();

        assertThat(smbToSmb.filesCopied()).isEqualTo(3);
        assertThat(smbToLocal.filesCopied()).isEqualTo(3);
        assertThat(contents(samba.sharePath().resolve("s2s-dst"))).isEqualTo(contents(source));
        assertThat(contents(local)).isEqualTo(contents(source));
        assertThat(Migration.from(FileTrees.local(source)).to(FileTrees.local(local))
                .verification(Verification.CHECKSUM).verify().isMatch()).isTrue();
    }

    @Test
    void run_sourceGrowingDuringCopy_isNotPublished() throws IOException {
        LocalFiles.write(source, "growing.log", "start", T1);
        FileTree growing = new GrowingSource(FileTrees.local(source), source.resolve("growing.log"));

        MigrationReport report = Migration.from(growing).to(target("growing")).retries(1)
                .retryBackoff(Duration.ZERO).run();

        assertThat(report.samples(FileAction.FAIL)).singleElement()
                .satisfies(f -> assertThat(f.failure()).contains(ShareFailure.SOURCE_CHANGED));
        assertThat(samba.sharePath().resolve("growing/growing.log")).doesNotExist();
        assertThat(temporaryFiles(samba.sharePath().resolve("growing"))).isEmpty();
    }

    @Test
    void run_droppedConnections_rerunCompletes() throws IOException {
        for (int i = 0; i < 600; i++) {
            LocalFiles.write(source, "d" + (i % 12) + "/" + i + ".imap", "message " + i, T1);
        }
        AtomicInteger done = new AtomicInteger();
        AtomicInteger dropped = new AtomicInteger();

        try (SmbTree dropping = samba.tree()) {
            MigrationReport first = Migration.from(FileTrees.local(source)).to(dropping.subtree("dropped"))
                    .retryBackoff(Duration.ofMillis(50))
                    .onFile(outcome -> {
                        if (done.incrementAndGet() == 150) {
                            dropped.set(samba.dropClientConnections());
                        }
                    })
                    .run();
            assertThat(dropped.get()).as("connections dropped").isPositive();
            assertThat(first.filesCopied()).as(first.summary()).isGreaterThan(150);
        }
        MigrationReport rerun = Migration.from(FileTrees.local(source)).to(target("dropped")).run();

        Path copied = samba.sharePath().resolve("dropped");
        assertThat(rerun.isComplete()).as(rerun.summary()).isTrue();
        assertThat(temporaryFiles(copied)).isEmpty();
        assertThat(contents(copied)).isEqualTo(contents(source));
    }

    @Test
    void run_killedThenRerun_targetMatchesSource() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int i = 0; i < 1500; i++) {
            LocalFiles.write(source, "mail/d" + (i % 30) + "/u" + (i % 7) + "/" + i + ".imap", "message " + i, T1);
        }
        for (int i = 0; i < 6; i++) {
            byte[] attachment = new byte[(2 + i) << 20];
            random.nextBytes(attachment);
            LocalFiles.write(source, "mail/d" + i + "/att-" + i + ".bin", attachment, T2);
        }

        int kills = 0;
        for (int round = 0; round < 4; round++) {
            kills += killChildMigrationAfter(random.nextInt(1000)) ? 1 : 0;
        }
        MigrationReport last = Migration.from(FileTrees.local(source)).to(target("killed")).run();

        Path copied = samba.sharePath().resolve("killed");
        assertThat(kills).as("seed " + seed + ": children killed while copying").isPositive();
        assertThat(last.count(FileAction.SKIP_IDENTICAL)).as("files published before a kill").isPositive();
        assertThat(last.isComplete()).as("seed " + seed + ": " + last.summary()).isTrue();
        assertThat(temporaryFiles(copied)).as("seed " + seed).isEmpty();
        assertThat(contents(copied)).as("seed " + seed).isEqualTo(contents(source));
        assertThat(Migration.from(FileTrees.local(source)).to(target("killed"))
                .verification(Verification.CHECKSUM).verify().isMatch()).isTrue();
    }

    /**
     * Runs the migration in a child JVM and waits until it has written a new file into the target.
     * Then it kills the child with SIGKILL after a further delay, and returns whether the child was
     * still running.
     */
    private boolean killChildMigrationAfter(long millis) throws Exception {
        Path copied = samba.sharePath().resolve("killed");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String url = "smb://" + samba.user() + "@" + samba.host() + ":" + samba.port() + "/" + samba.shareName()
                + "/killed";
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                MigrationMain.class.getName(), source.toString(), url)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("LBKIT_SMB_PASSWORD", samba.password().reveal());
        long filesBefore = countFiles(copied);
        Process child = builder.start();
        long end = System.currentTimeMillis() + 60_000;
        while (child.isAlive() && countFiles(copied) <= filesBefore && System.currentTimeMillis() < end) {
            Thread.sleep(10);
        }
        if (child.waitFor(millis, TimeUnit.MILLISECONDS)) {
            return false;
        }
        child.destroyForcibly();
        child.waitFor(10, TimeUnit.SECONDS);
        return true;
    }
}
