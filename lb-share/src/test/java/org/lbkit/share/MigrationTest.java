package org.lbkit.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lbkit.share.testing.LocalFiles;

final class MigrationTest {

    private static final Instant T1 = Instant.parse("2026-01-02T03:04:05Z");
    private static final Instant T2 = Instant.parse("2026-02-03T04:05:06Z");

    @TempDir
    Path source;

    @TempDir
    Path target;

    private Migration migration() {
        return Migration.from(FileTrees.local(source)).to(FileTrees.local(target));
    }

    @Test
    void run_emptyTarget_copiesFilesWithTimes() {
        LocalFiles.write(source, "mail/example.com/jdoe/1.imap", "hello", T1);
        LocalFiles.write(source, "mail/example.com/jdoe/2.imap", "world!", T2);
        LocalFiles.write(source, "mail/example.com/empty.txt", "", T1);

        MigrationReport report = migration().run();

        assertThat(report.filesCopied()).isEqualTo(3);
        assertThat(report.bytesCopied()).isEqualTo(11);
        assertThat(report.isComplete()).isTrue();
        assertThat(LocalFiles.files(target)).isEqualTo(LocalFiles.files(source));
    }

    @Test
    void run_folders_getSourceTimesAfterContent() throws IOException {
        LocalFiles.write(source, "a/b/c.txt", "c", T1);
        Files.setLastModifiedTime(source.resolve("a/b"), FileTime.from(T2));
        Files.setLastModifiedTime(source.resolve("a"), FileTime.from(T1));

        migration().run();

        assertThat(Files.getLastModifiedTime(target.resolve("a/b")).toInstant()).isEqualTo(T2);
        assertThat(Files.getLastModifiedTime(target.resolve("a")).toInstant()).isEqualTo(T1);
    }

    @Test
    void run_secondRun_skipsIdenticalFiles() {
        LocalFiles.write(source, "x/1.eml", "one", T1);
        LocalFiles.write(source, "x/2.eml", "two", T1);
        migration().run();

        MigrationReport again = migration().run();

        assertThat(again.filesCopied()).isZero();
        assertThat(again.count(FileAction.SKIP_IDENTICAL)).isEqualTo(2);
    }

    @Test
    void run_overwriteTwelveBytesWithSix_leavesNoTail() throws IOException {
        LocalFiles.write(source, "f.txt", "sixsix", T2);
        LocalFiles.write(target, "f.txt", "twelve bytes", T1);

        MigrationReport report = migration().overwrite(Overwrite.ALWAYS).run();

        assertThat(report.count(FileAction.OVERWRITE)).isEqualTo(1);
        assertThat(Files.readString(target.resolve("f.txt"))).isEqualTo("sixsix");
        assertThat(Files.size(target.resolve("f.txt"))).isEqualTo(6);
    }

    @Test
    void run_targetDiffers_reportsConflictAndKeepsTarget() throws IOException {
        LocalFiles.write(source, "f.txt", "new", T1);
        LocalFiles.write(target, "f.txt", "newer on target", T2);

        MigrationReport report = migration().overwrite(Overwrite.IF_SOURCE_NEWER).run();

        assertThat(report.count(FileAction.CONFLICT)).isEqualTo(1);
        assertThat(report.samples(FileAction.CONFLICT).get(0).reason()).contains("target is newer");
        assertThat(Files.readString(target.resolve("f.txt"))).isEqualTo("newer on target");
        assertThat(report.isComplete()).isFalse();
        assertThatThrownBy(report::throwIfIncomplete).isInstanceOf(LbMigrationException.class)
                .hasMessageContaining("1 conflicts");
    }

    @Test
    void run_sourceNewerWithIfSourceNewer_overwrites() throws IOException {
        LocalFiles.write(source, "f.txt", "source", T2);
        LocalFiles.write(target, "f.txt", "old", T1);

        migration().overwrite(Overwrite.IF_SOURCE_NEWER).run();

        assertThat(Files.readString(target.resolve("f.txt"))).isEqualTo("source");
    }

    @Test
    void run_specialNames_copiedOrRefused() {
        List<String> legal = List.of("a b.eml", "h#sh.eml", "pct%41.eml", "100%.eml", "ünï€😀.eml", "semi;colon");
        List<String> illegal = List.of("CON", "aux.txt", "dot.", "space ", "co:lon", "st*r", "q?", "quo\"te",
                "lt<", "gt>", "pi|pe");
        legal.forEach(n -> LocalFiles.write(source, "d/" + n, n, T1));
        illegal.forEach(n -> LocalFiles.write(source, "d/" + n, n, T1));
        LocalFiles.write(source, "bad:dir/inner.txt", "x", T1);

        MigrationReport report = migration().sampleLimit(1000).run();

        assertThat(report.count(FileAction.COPY)).isEqualTo(legal.size());
        assertThat(report.count(FileAction.REFUSE)).isEqualTo(illegal.size() + 1);
        legal.forEach(n -> assertThat(target.resolve("d/" + n)).hasContent(n));
        illegal.forEach(n -> assertThat(target.resolve("d/" + n)).doesNotExist());
        assertThat(target.resolve("bad:dir")).doesNotExist();
    }

    @Test
    void run_namesDifferingInCase_refusesSecond() {
        LocalFiles.write(source, "Readme.txt", "1", T1);
        LocalFiles.write(source, "README.txt", "2", T1);

        MigrationReport report = migration().run();

        assertThat(report.count(FileAction.COPY)).isEqualTo(1);
        assertThat(report.count(FileAction.REFUSE)).isEqualTo(1);
        assertThat(report.samples(FileAction.REFUSE).get(0).reason()).contains("only in case");
    }

    @Test
    void run_leftoverTemporaryFiles_removesOnlyThose() {
        LocalFiles.write(source, "m/1.eml", "one", T1);
        LocalFiles.write(target, "m/1.eml.0123456789ab.lbpart", "partial", T1);
        LocalFiles.write(target, "m/keep.lbpart", "not ours", T1);

        MigrationReport report = migration().run();

        assertThat(report.count(FileAction.REMOVE_TEMP)).isEqualTo(1);
        assertThat(target.resolve("m/1.eml.0123456789ab.lbpart")).doesNotExist();
        assertThat(target.resolve("m/keep.lbpart")).hasContent("not ours");
        assertThat(target.resolve("m/1.eml")).hasContent("one");
    }

    @Test
    void run_neverDeletesTargetOnlyFiles() {
        LocalFiles.write(source, "a.txt", "a", T1);
        LocalFiles.write(target, "only-on-target.txt", "keep", T1);

        migration().run();

        assertThat(target.resolve("only-on-target.txt")).hasContent("keep");
    }

    @Test
    void run_sourceIsLeftUnchanged() {
        LocalFiles.write(source, "a/1.txt", "1", T1);
        LocalFiles.write(source, "b/2.txt", "22", T2);
        Map<String, String> before = LocalFiles.snapshot(source);

        migration().run();

        assertThat(LocalFiles.snapshot(source)).isEqualTo(before);
    }

    @Test
    void run_nonEmptyConfigTarget_throwsUnlessAllowed() {
        Path config = target.resolve("config");
        LocalFiles.write(source, "settings.cfg", "from server 2", T1);
        LocalFiles.write(config, "existing.cfg", "from server 1", T1);
        FileTree configTarget = FileTrees.local(config);

        assertThatThrownBy(() -> Migration.from(FileTrees.local(source)).to(configTarget).run())
                .isInstanceOf(LbMigrationException.class)
                .hasMessageContaining("first configured server")
                .hasMessageContaining("allowNonEmptyConfigTarget");
        assertThat(config.resolve("settings.cfg")).doesNotExist();

        Migration.from(FileTrees.local(source)).to(configTarget).allowNonEmptyConfigTarget(true).run();
        assertThat(config.resolve("settings.cfg")).exists();
    }

    @Test
    void plan_nonEmptyConfigSubfolder_isBlocked() {
        LocalFiles.write(source, "config/a.cfg", "a", T1);
        LocalFiles.write(target, "config/b.cfg", "b", T1);

        MigrationPlan plan = migration().plan();

        assertThat(plan.isBlocked()).isTrue();
        assertThat(plan.blockers().get(0)).contains("config");
    }

    @Test
    void plan_writesNothingAndCountsActions() {
        LocalFiles.write(source, "new/1.txt", "1", T1);
        LocalFiles.write(source, "same.txt", "s", T1);
        LocalFiles.write(target, "same.txt", "s", T1);
        LocalFiles.write(source, "CON", "c", T1);
        Map<String, String> before = LocalFiles.snapshot(target);

        MigrationPlan plan = migration().plan();

        assertThat(plan.count(FileAction.COPY)).isEqualTo(1);
        assertThat(plan.count(FileAction.SKIP_IDENTICAL)).isEqualTo(1);
        assertThat(plan.count(FileAction.REFUSE)).isEqualTo(1);
        assertThat(plan.foldersToCreate()).isEqualTo(1);
        assertThat(LocalFiles.snapshot(target)).isEqualTo(before);
    }

    @Test
    void run_checksumMode_replacesSameSizeDifferentContent() throws IOException {
        LocalFiles.write(source, "f.bin", "AAAA", T1);
        LocalFiles.write(target, "f.bin", "BBBB", T1);

        MigrationReport sizeAndTime = migration().run();
        MigrationReport checksum = Migration.from(FileTrees.local(source)).to(FileTrees.local(target))
                .verification(Verification.CHECKSUM).overwrite(Overwrite.ALWAYS).run();

        assertThat(sizeAndTime.count(FileAction.SKIP_IDENTICAL)).isEqualTo(1);
        assertThat(checksum.count(FileAction.OVERWRITE)).isEqualTo(1);
        assertThat(Files.readString(target.resolve("f.bin"))).isEqualTo("AAAA");
    }

    @Test
    void verify_differentTrees_listsEachKind() {
        LocalFiles.write(source, "same.txt", "s", T1);
        LocalFiles.write(target, "same.txt", "s", T1);
        LocalFiles.write(source, "missing.txt", "m", T1);
        LocalFiles.write(source, "size.txt", "abc", T1);
        LocalFiles.write(target, "size.txt", "ab", T1);
        LocalFiles.write(target, "extra.txt", "e", T1);
        LocalFiles.write(target, "x.txt.0123456789ab.lbpart", "t", T1);

        TreeComparison comparison = migration().verify();

        assertThat(comparison.identicalFiles()).isEqualTo(1);
        assertThat(comparison.count(FileDifference.Kind.MISSING)).isEqualTo(1);
        assertThat(comparison.count(FileDifference.Kind.DIFFERENT)).isEqualTo(1);
        assertThat(comparison.count(FileDifference.Kind.EXTRA)).isEqualTo(1);
        assertThat(comparison.count(FileDifference.Kind.TEMP_FILE)).isEqualTo(1);
        assertThat(comparison.isMatch()).isFalse();
    }

    @Test
    void verify_afterRun_matches() {
        LocalFiles.write(source, "a/b/c.txt", "c", T1);
        LocalFiles.write(source, "d.txt", "d", T2);
        migration().run();

        assertThat(migration().verify().isMatch()).isTrue();
        assertThat(Migration.from(FileTrees.local(source)).to(FileTrees.local(target))
                .verification(Verification.CHECKSUM).verify().isMatch()).isTrue();
    }

    @Test
    void run_growingSource_notPublished() {
        LocalFiles.write(source, "growing.log", "start", T1);
        FileTree growing = new GrowingSource(FileTrees.local(source), source.resolve("growing.log"));

        MigrationReport report = Migration.from(growing).to(FileTrees.local(target)).retries(2)
                .retryBackoff(Duration.ZERO).run();

        assertThat(report.count(FileAction.FAIL)).isEqualTo(1);
        FileOutcome failure = report.samples(FileAction.FAIL).get(0);
        assertThat(failure.failure()).contains(ShareFailure.SOURCE_CHANGED);
        assertThat(failure.attempts()).isEqualTo(3);
        assertThat(target.resolve("growing.log")).doesNotExist();
        assertThat(target.toFile().list()).isEmpty();
    }

    @Test
    void run_progressAndOnFile_receiveEveryFile() {
        for (int i = 0; i < 50; i++) {
            LocalFiles.write(source, "d" + (i % 5) + "/" + i + ".eml", "message " + i, T1);
        }
        List<FileOutcome> outcomes = new ArrayList<>();
        List<Progress> snapshots = new ArrayList<>();

        migration().onFile(outcomes::add).progress(snapshots::add).sampleLimit(3).run();

        assertThat(outcomes).hasSize(50);
        Progress last = snapshots.get(snapshots.size() - 1);
        assertThat(last.filesDone()).isEqualTo(50);
        assertThat(last.walkComplete()).isTrue();
    }

    @Test
    void report_serialisesWithPlainObjectMapper() throws IOException {
        LocalFiles.write(source, "a.txt", "a", T1);
        LocalFiles.write(source, "CON", "c", T1);

        MigrationReport report = migration().run();
        JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(report));

        assertThat(json.get("filesCopied").asLong()).isEqualTo(1);
        assertThat(json.get("files").get("REFUSE").asLong()).isEqualTo(1);
        assertThat(json.get("samples").get("REFUSE").get(0).get("path").asText()).isEqualTo("CON");
        assertThat(json.get("options").get("parallelism").asInt()).isEqualTo(4);
        assertThat(new ObjectMapper().writeValueAsString(migration().plan())).contains("\"blocked\":false");
        assertThat(new ObjectMapper().writeValueAsString(migration().verify())).contains("\"match\"");
    }

    @Test
    void outcomeAndProbe_serialiseFailureFields() throws IOException {
        FileOutcome outcome = FileOutcome.builder().path("a").action(FileAction.FAIL).reason("changed")
                .failure(ShareFailure.SOURCE_CHANGED).attempts(4).build();
        FolderProbe probe = FolderProbe.builder().folder("mail").location("\\\\fs\\s\\mail")
                .failedStep(ProbeStep.CONNECT).failure(ShareFailure.ENCRYPTION_REQUIRED).detail("denied")
                .durationMillis(3).build();

        JsonNode outcomeJson = new ObjectMapper().valueToTree(outcome);
        JsonNode probeJson = new ObjectMapper().valueToTree(probe);

        assertThat(outcomeJson.get("failure").asText()).isEqualTo("SOURCE_CHANGED");
        assertThat(outcomeJson.get("attempts").asInt()).isEqualTo(4);
        assertThat(probeJson.get("failedStep").asText()).isEqualTo("CONNECT");
        assertThat(probeJson.get("fix").asText()).isEqualTo(ShareFailure.ENCRYPTION_REQUIRED.fix());
        assertThat(probeJson.get("ok").asBoolean()).isFalse();
    }

    @Test
    void options_invalidOrRepeated_throw() {
        assertThatThrownBy(() -> migration().parallelism(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parallelism must be between 1 and 32 but was 0");
        assertThatThrownBy(() -> migration().parallelism(2).parallelism(3))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void run_missingSource_throwsNotFound() {
        FileTree missing = FileTrees.local(source.resolve("nope"));

        assertThatThrownBy(() -> Migration.from(missing).to(FileTrees.local(target)).run())
                .isInstanceOfSatisfying(LbShareException.class,
                        e -> assertThat(e.failure()).isEqualTo(ShareFailure.NOT_FOUND));
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
