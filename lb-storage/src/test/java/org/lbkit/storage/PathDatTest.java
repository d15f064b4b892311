package org.lbkit.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class PathDatTest {

    static Path sample(String name) {
        try {
            return Path.of(PathDatTest.class.getResource("/path-dat/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"linux-container.dat", "linux-master.dat", "windows-slave-crlf.dat"})
    void read_unchangedSample_roundTripsByteForByte(String name) {
        Path file = sample(name);

        PathDat dat = PathDat.read(file);

        assertThat(dat.toBytes(StandardCharsets.UTF_8)).isEqualTo(bytes(file));
    }

    @Test
    void read_linuxMaster_exposesEveryLine() {
        PathDat dat = PathDat.read(sample("linux-master.dat"));

        assertThat(dat.lineCount()).isEqualTo(17);
        assertThat(dat.lineEnding()).isEqualTo(LineEnding.LF);
        assertThat(dat.configPath()).isEqualTo("/mnt/data/config/");
        assertThat(dat.webPath()).isEmpty();
        assertThat(dat.serverId()).isEqualTo("11");
        assertThat(dat.remoteConnection()).isEmpty();
        assertThat(dat.outgoingPath()).isEqualTo("/opt/icewarp/mailqueues/_outgoing/");
        assertThat(dat.outgoingRetryPath()).isEqualTo("/opt/icewarp/mailqueues/_outgoing/retry/");
        assertThat(dat.incomingPath()).isEqualTo("/opt/icewarp/mailqueues/_incoming/");
        assertThat(dat.isSlave()).isFalse();
        assertThat(dat.masterHost()).isEqualTo("192.168.0.2");
        assertThat(dat.slaveHosts()).containsExactly("192.168.0.3", "192.168.0.4", "192.168.0.5");
        assertThat(dat.teamChatApiUrl()).isEqualTo("https://185.30.21.21:55991/teamchatapi/");
    }

    @Test
    void read_windowsSlave_parsesCrlfAndSixteenLines() {
        PathDat dat = PathDat.read(sample("windows-slave-crlf.dat"));

        assertThat(dat.lineCount()).isEqualTo(16);
        assertThat(dat.lineEnding()).isEqualTo(LineEnding.CRLF);
        assertThat(dat.configPath()).isEqualTo("\\\\192.168.100.74\\icewarp\\share\\config\\");
        assertThat(dat.serverId()).isEqualTo("2");
        assertThat(dat.remoteConnection()).startsWith("\\\\192.168.100.74\\icewarp\\share\\config\\;IceWarp;");
        assertThat(dat.spamPath()).isEqualTo("\\\\192.168.100.74\\icewarp\\share\\spam\\");
        assertThat(dat.groupwarePath()).isEqualTo("\\\\192.168.100.74\\icewarp\\share\\calendar\\");
        assertThat(dat.hostName()).isEqualTo("server2");
        assertThat(dat.isSlave()).isTrue();
        assertThat(dat.masterHost()).isEqualTo("192.168.100.83");
        assertThat(dat.slaveHosts()).containsExactly("192.168.100.84", "192.168.100.85");
        assertThat(dat.teamChatApiUrl()).isEmpty();
    }

    @Test
    void read_container_keepsQueueAndLicenceLines() {
        PathDat dat = PathDat.read(sample("linux-container.dat"));

        assertThat(dat.spamPath()).isEqualTo("/data/spam/");
        assertThat(dat.groupwarePath()).isEqualTo("/data/calendar/");
        assertThat(dat.licenseFile()).isEqualTo("/data/license.key");
        assertThat(dat.incomingPath()).isEqualTo("/data/_incoming/");
        assertThat(dat.ipBinding()).isEmpty();
    }

    @Test
    void withServerId_crlfSixteenLines_keepsCrlfAndPadsToSeventeen() {
        PathDat dat = PathDat.read(sample("windows-slave-crlf.dat"));

        String changed = dat.withServerId("3").format();

        assertThat(changed.split("\r\n", -1)).hasSize(18);
        assertThat(changed).endsWith("192.168.100.84;192.168.100.85\r\n\r\n");
        assertThat(changed.replace("\r\n", "")).doesNotContain("\n");
        assertThat(PathDat.parse(changed).serverId()).isEqualTo("3");
        assertThat(PathDat.parse(changed).lineCount()).isEqualTo(17);
    }

    @Test
    void with_changedLine_keepsEveryOtherLineUnchanged() {
        PathDat original = PathDat.read(sample("linux-master.dat"));

        PathDat changed = original.withSlave(true).withServerId("12");

        for (int number = 1; number <= 17; number++) {
            if (number != 4 && number != 14) {
                assertThat(changed.line(number)).as("line %d", number).isEqualTo(original.line(number));
            }
        }
        assertThat(changed.get(PathDatLine.SLAVE_FLAG)).isEqualTo("1");
        assertThat(changed.isSlave()).isTrue();
    }

    @Test
    void withLine_afterSeventeen_keepsUnknownLinesAndAddsNewOnes() {
        PathDat dat = PathDat.parse("a\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\nline18\nline19\n");

        PathDat changed = dat.withLine(21, "x");

        assertThat(changed.line(18)).isEqualTo("line18");
        assertThat(changed.line(19)).isEqualTo("line19");
        assertThat(changed.line(20)).isEmpty();
        assertThat(changed.line(21)).isEqualTo("x");
        assertThat(changed.format()).endsWith("line19\n\nx\n");
    }

    @Test
    void parse_blankLinesOnly_areSignificant() {
        PathDat dat = PathDat.parse("\n\n\n7\n");

        assertThat(dat.lineCount()).isEqualTo(4);
        assertThat(dat.serverId()).isEqualTo("7");
        assertThat(dat.configPath()).isEmpty();
    }

    @Test
    void parse_noFinalLineBreak_roundTripsAndPadsWithBreaks() {
        String text = "/data/config/\r\n\r\n\r\n5";
        PathDat dat = PathDat.parse(text);

        assertThat(dat.format()).isEqualTo(text);
        String changed = dat.withHostName("node5").format();
        assertThat(changed).startsWith("/data/config/\r\n\r\n\r\n5\r\n");
        assertThat(changed).endsWith("node5\r\n" + "\r\n".repeat(6));
        assertThat(PathDat.parse(changed).lineCount()).isEqualTo(17);
        assertThat(PathDat.parse(changed).hostName()).isEqualTo("node5");
    }

    @Test
    void withLine_lastLineWithoutBreak_keepsItWithoutBreak() {
        String text = "\n".repeat(17) + "extra";

        String changed = PathDat.parse(text).withServerId("4").format();

        assertThat(changed).endsWith("\nextra");
        assertThat(PathDat.parse(changed).line(18)).isEqualTo("extra");
    }

    @Test
    void withLine_lastLineWithoutBreakSetEmpty_getsBreakSoItStays() {
        String text = "\n".repeat(17) + "extra";

        PathDat changed = PathDat.parse(PathDat.parse(text).withLine(18, "").format());

        assertThat(changed.lineCount()).isEqualTo(18);
    }

    @Test
    void parse_mixedEndings_keepsEachLinesEnding() {
        String text = "a\r\nb\nc\r\n";

        PathDat changed = PathDat.parse(text).withLine(2, "B");

        assertThat(changed.format()).startsWith("a\r\nB\nc\r\n");
        assertThat(changed.lineEnding()).isEqualTo(LineEnding.CRLF);
    }

    @Test
    void parse_byteOrderMark_isKeptButNotPartOfLineOne() {
        String text = "\uFEFF/data/config/\n";

        PathDat dat = PathDat.parse(text);

        assertThat(dat.configPath()).isEqualTo("/data/config/");
        assertThat(dat.format()).isEqualTo(text);
        assertThat(dat.withServerId("1").format()).startsWith("\uFEFF/data/config/\n\n\n1\n");
    }

    @Test
    void parse_loneCarriageReturn_staysInsideTheLine() {
        PathDat dat = PathDat.parse("a\rb\n");

        assertThat(dat.lineCount()).isEqualTo(1);
        assertThat(dat.line(1)).isEqualTo("a\rb");
        assertThat(dat.format()).isEqualTo("a\rb\n");
    }

    @Test
    void parse_emptyText_hasNoLinesAndPadsWithLf() {
        PathDat dat = PathDat.parse("");

        assertThat(dat.lineCount()).isZero();
        assertThat(dat.format()).isEmpty();
        assertThat(dat.withServerId("1").format()).isEqualTo("\n\n\n1\n" + "\n".repeat(13));
    }

    @Test
    void empty_crlf_hasSeventeenCrlfLines() {
        assertThat(PathDat.empty(LineEnding.CRLF).format()).isEqualTo("\r\n".repeat(17));
    }

    @Test
    void line_pastEnd_isEmpty() {
        assertThat(PathDat.parse("x\n").line(17)).isEmpty();
    }

    @Test
    void with_valueWithLineBreak_throwsNamingTheLine() {
        PathDat dat = PathDat.empty(LineEnding.LF);

        assertThatThrownBy(() -> dat.withHostName("a\nb"))
                .isInstanceOf(LbStorageException.class)
                .hasMessageContaining("line 11")
                .hasMessageContaining("line break");
        assertThatThrownBy(() -> dat.withConfigPath("a\rb")).isInstanceOf(LbStorageException.class);
    }

    @Test
    void withLine_zero_throws() {
        assertThatThrownBy(() -> PathDat.empty(LineEnding.LF).withLine(0, "x"))
                .isInstanceOf(LbStorageException.class)
                .hasMessageContaining("0");
    }

    @Test
    void withSlaveHosts_joinsWithSemicolonAndRejectsSeparatorInside() {
        PathDat dat = PathDat.empty(LineEnding.LF).withSlaveHosts(List.of("10.0.0.2", "node3.example"));

        assertThat(dat.get(PathDatLine.SLAVE_HOSTS)).isEqualTo("10.0.0.2;node3.example");
        assertThatThrownBy(() -> dat.withSlaveHosts(List.of("a;b")))
                .isInstanceOf(LbStorageException.class)
                .hasMessageContaining("a;b");
    }

    @Test
    void withAll_appliesEveryChange() {
        PathDat dat = PathDat.empty(LineEnding.LF).withAll(Map.of(
                PathDatLine.MASTER_HOST, "10.0.0.1", PathDatLine.SERVER_ID, "9"));

        assertThat(dat.masterHost()).isEqualTo("10.0.0.1");
        assertThat(dat.serverId()).isEqualTo("9");
    }

    @Test
    void toString_remoteConnectionWithPassword_isNotShown() {
        PathDat dat = PathDat.read(sample("windows-slave-crlf.dat"));

        assertThat(dat.toString()).doesNotContain("icewarppwd").contains("16 lines");
    }

    @Test
    void read_invalidUtf8_throwsNamingCharset(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("path.dat");
        Files.write(file, new byte[] {'C', ':', '\\', (byte) 0xE9, '\r', '\n'});

        assertThatThrownBy(() -> PathDat.read(file))
                .isInstanceOf(LbStorageException.class)
                .hasMessageContaining("UTF-8");
        PathDat ansi = PathDat.read(file, Charset.forName("windows-1252"));
        assertThat(ansi.configPath()).isEqualTo("C:\\é");
        assertThat(ansi.toBytes(Charset.forName("windows-1252"))).isEqualTo(bytes(file));
    }

    @Test
    void read_missingFile_throwsNamingFile(@TempDir Path dir) {
        Path file = dir.resolve("missing.dat");

        assertThatThrownBy(() -> PathDat.read(file))
                .isInstanceOf(LbStorageException.class)
                .hasMessageContaining(file.toString());
    }

    @Test
    void toBytes_unencodableCharacter_throws() {
        PathDat dat = PathDat.empty(LineEnding.LF).withConfigPath("/data/\u4e2d/");

        assertThatThrownBy(() -> dat.toBytes(StandardCharsets.US_ASCII))
                .isInstanceOf(LbStorageException.class);
    }
}
