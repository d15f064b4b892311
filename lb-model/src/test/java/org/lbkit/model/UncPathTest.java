package org.lbkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class UncPathTest {

    @Test
    void parse_slashesAndDotSegment_normalises() {
        UncPath path = UncPath.parse("//fs01/mail/a/./b/");

        assertThat(path.toString()).isEqualTo("\\\\fs01\\mail\\a\\b");
        assertThat(path.host()).isEqualTo("fs01");
        assertThat(path.share()).isEqualTo("mail");
        assertThat(path.segments()).containsExactly("a", "b");
    }

    @Test
    void parse_dotDotAboveShare_rejected() {
        assertThatThrownBy(() -> UncPath.parse("\\\\fs01\\mail\\..\\config\\"))
                .isInstanceOf(InvalidUncPathException.class)
                .hasMessageContaining("\\\\fs01\\mail\\..\\config\\")
                .hasMessageContaining("climbs above the share root \\\\fs01\\mail\\");
    }

    @Test
    void parse_dotDotAsHost_rejected() {
        assertThatThrownBy(() -> UncPath.parse("\\\\..\\mail\\x"))
                .isInstanceOf(InvalidUncPathException.class)
                .hasMessageContaining("host '..'");
    }

    @Test
    void parse_dotDotWithinShare_climbsOneLevel() {
        assertThat(UncPath.parse("\\\\fs01\\mail\\a\\..\\b").toString()).isEqualTo("\\\\fs01\\mail\\b");
    }

    @Test
    void parse_hashPercentName_roundTrips() {
        UncPath path = UncPath.parse("\\\\fs01\\icewarp\\#Archive 100%\\");

        assertThat(path.segments()).containsExactly("#Archive 100%");
        assertThat(UncPath.parse(path.toString())).isEqualTo(path);
        assertThat(path.toSmbUrl()).isEqualTo("smb://fs01/icewarp/%23Archive%20100%25/");
    }

    @Test
    void parse_ipv6LiteralWithZone_decodesHost() {
        UncPath path = UncPath.parse("\\\\fe80--1s4.ipv6-literal.net\\share\\a");

        assertThat(path.isIpv6()).isTrue();
        assertThat(path.host()).isEqualTo("fe80::1%4");
        assertThat(path.toString()).isEqualTo("\\\\fe80--1s4.ipv6-literal.net\\share\\a");
        assertThat(path.toSmbUrl()).isEqualTo("smb://[fe80::1%254]/share/a/");
    }

    @Test
    void parse_ipv6LiteralNotCanonical_writtenCanonically() {
        UncPath path = UncPath.parse("\\\\2001-0DB8-0-0-0-0-0-1.IPV6-LITERAL.NET\\s");

        assertThat(path.host()).isEqualTo("2001:db8::1");
        assertThat(path.toString()).isEqualTo("\\\\2001-db8--1.ipv6-literal.net\\s");
    }

    @Test
    void parse_longForm_sameAsShortForm() {
        UncPath path = UncPath.parse("\\\\?\\UNC\\fs01\\icewarp\\share\\mail\\");

        assertThat(path).isEqualTo(UncPath.parse("\\\\fs01\\icewarp\\share\\mail"));
        assertThat(path.toLongFormString()).isEqualTo("\\\\?\\UNC\\fs01\\icewarp\\share\\mail");
    }

    @Test
    void parse_adminShare_flagged() {
        assertThat(UncPath.parse("\\\\fs01\\C$\\IceWarp").isAdminShare()).isTrue();
        assertThat(UncPath.parse("\\\\fs01\\icewarp\\C$").isAdminShare()).isFalse();
    }

    @Test
    void parse_null_throwsDocumentedException() {
        assertThatThrownBy(() -> UncPath.parse(null))
                .isInstanceOf(InvalidUncPathException.class)
                .hasMessageContaining("null");
    }

    @Test
    void exception_invalidInput_carriesInputAndReason() {
        InvalidUncPathException e = catchInvalid("\\\\fs01\\mail\\CON\\");

        assertThat(e.input()).isEqualTo("\\\\fs01\\mail\\CON\\");
        assertThat(e.reason()).contains("reserved Windows device name");
        assertThat(e.getMessage()).contains(e.input()).contains(e.reason());
    }

    @Test
    void exception_controlCharacter_escapedInMessage() {
        InvalidUncPathException e = catchInvalid("\\\\fs01\\mail\\a\u0007b");

        assertThat(e.getMessage()).contains("\\u0007").doesNotContain("\u0007");
        assertThat(e.input()).contains("\u0007");
    }

    static Stream<Arguments> validPaths() {
        return Stream.of(
                Arguments.of("\\\\fs01\\share", "\\\\fs01\\share"),
                Arguments.of("\\\\fs01\\share\\", "\\\\fs01\\share"),
                Arguments.of("\\\\192.168.100.74\\icewarp\\share\\", "\\\\192.168.100.74\\icewarp\\share"),
                Arguments.of("\\\\fs01.corp.example\\s\\a", "\\\\fs01.corp.example\\s\\a"),
                Arguments.of("\\\\FS_01\\s", "\\\\FS_01\\s"),
                Arguments.of("\\\\fs01/share\\a/b\\", "\\\\fs01\\share\\a\\b"),
                Arguments.of("\\\\fs01\\share\\a\\\\b", "\\\\fs01\\share\\a\\b"),
                Arguments.of("//?/UNC/fs01/s/a", "\\\\fs01\\s\\a"),
                Arguments.of("\\\\?\\unc\\fs01\\s", "\\\\fs01\\s"),
                Arguments.of("\\\\--1.ipv6-literal.net\\s", "\\\\--1.ipv6-literal.net\\s"),
                Arguments.of("\\\\fe80--1seth0.ipv6-literal.net\\s", "\\\\fe80--1seth0.ipv6-literal.net\\s"),
                Arguments.of("\\\\fs01\\C$\\", "\\\\fs01\\C$"),
                Arguments.of("\\\\fs01\\s\\CONSOLE\\COM0\\con2\\LPT10", "\\\\fs01\\s\\CONSOLE\\COM0\\con2\\LPT10"),
                Arguments.of("\\\\fs01\\s\\.hidden\\a.b", "\\\\fs01\\s\\.hidden\\a.b"),
                Arguments.of("\\\\fs01\\s\\p;q@r #1", "\\\\fs01\\s\\p;q@r #1"),
                Arguments.of("\\\\fs01\\s\\\uD83D\uDCE7 mail", "\\\\fs01\\s\\\uD83D\uDCE7 mail"),
                Arguments.of("\\\\fs01\\" + "s".repeat(80), "\\\\fs01\\" + "s".repeat(80)),
                Arguments.of("\\\\fs01\\s\\" + "d".repeat(255), "\\\\fs01\\s\\" + "d".repeat(255)));
    }

    @ParameterizedTest
    @MethodSource("validPaths")
    void parse_validInput_givesCanonicalForm(String input, String canonical) {
        UncPath path = UncPath.parse(input);

        assertThat(path.toString()).isEqualTo(canonical);
        assertThat(UncPath.parse(path.toString())).isEqualTo(path);
    }

    static Stream<Arguments> invalidPaths() {
        return Stream.of(
                Arguments.of("", "starts with two backslashes"),
                Arguments.of("fs01\\share", "starts with two backslashes"),
                Arguments.of("C:\\IceWarp\\mail\\", "starts with two backslashes"),
                Arguments.of("\\fs01\\share", "starts with two backslashes"),
                Arguments.of("\\\\\\fs01\\share", "host is missing"),
                Arguments.of("\\\\fs01", "share name is missing"),
                Arguments.of("\\\\fs01\\", "share name is missing"),
                Arguments.of("\\\\fs01\\\\a", "share name is missing"),
                Arguments.of("\\\\?\\C:\\IceWarp", "local path"),
                Arguments.of("\\\\fs01\\share\\..", "climbs above the share"),
                Arguments.of("\\\\fs01\\share\\a\\..\\..\\b", "climbs above the share"),
                Arguments.of("\\\\..\\mail\\x", "empty label"),
                Arguments.of("\\\\a..b\\s\\", "empty label"),
                Arguments.of("\\\\-fs01.corp\\s", "starts or ends with '-'"),
                Arguments.of("\\\\fs 01\\s", "contains U+0020"),
                Arguments.of("\\\\256.1.1.1\\s", "not a valid IPv4 address"),
                Arguments.of("\\\\010.1.1.1\\s", "not a valid IPv4 address"),
                Arguments.of("\\\\1.2.3\\s", "not a valid IPv4 address"),
                Arguments.of("\\\\fe80::1\\s", "ipv6-literal.net form, such as fe80--1.ipv6-literal.net"),
                Arguments.of("\\\\fe80---1.ipv6-literal.net\\s", "does not encode a valid IPv6 address"),
                Arguments.of("\\\\1-2-3.ipv6-literal.net\\s", "does not encode a valid IPv6 address"),
                Arguments.of("\\\\fe80--1s.ipv6-literal.net\\s", "does not encode a valid IPv6 address"),
                Arguments.of("\\\\fs01\\sh:are", "':'"),
                Arguments.of("\\\\fs01\\sh;are", "';'"),
                Arguments.of("\\\\fs01\\share.", "ends with a dot"),
                Arguments.of("\\\\fs01\\" + "s".repeat(81), "more than the 80"),
                Arguments.of("\\\\fs01\\s\\CON", "reserved Windows device name"),
                Arguments.of("\\\\fs01\\s\\nul.txt", "reserved Windows device name"),
                Arguments.of("\\\\fs01\\s\\Com1.log", "reserved Windows device name"),
                Arguments.of("\\\\fs01\\s\\LPT9", "reserved Windows device name"),
                Arguments.of("\\\\fs01\\s\\COM\u00B9", "reserved Windows device name"),
                Arguments.of("\\\\fs01\\s\\AUX .txt", "reserved Windows device name"),
                Arguments.of("\\\\fs01\\s\\a.", "ends with a dot"),
                Arguments.of("\\\\fs01\\s\\a \\b", "ends with a space"),
                Arguments.of("\\\\fs01\\s\\...", "ends with a dot"),
                Arguments.of("\\\\fs01\\s\\a<b", "'<'"),
                Arguments.of("\\\\fs01\\s\\a|b", "'|'"),
                Arguments.of("\\\\fs01\\s\\a?b", "'?'"),
                Arguments.of("\\\\fs01\\s\\a*b", "'*'"),
                Arguments.of("\\\\fs01\\s\\a\"b", "'\"'"),
                Arguments.of("\\\\fs01\\s\\a\tb", "U+0009 (a control character)"),
                Arguments.of("\\\\fs01\\s\\a\uD800b", "unpaired UTF-16 surrogate"),
                Arguments.of("\\\\fs01\\s\\" + "d".repeat(256), "256 characters, more than the 255"),
                Arguments.of("\\\\fs01\\s" + "\\abcdefghij".repeat(3000), "more than the 32767"));
    }

    @ParameterizedTest
    @MethodSource("invalidPaths")
    void parse_invalidInput_rejectedWithReason(String input, String reason) {
        InvalidUncPathException e = catchInvalid(input);

        assertThat(e.reason()).contains(reason);
        assertThat(e.input()).isEqualTo(input);
    }

    @Test
    void of_rawIpv6Host_sameAsLiteralForm() {
        UncPath path = UncPath.of("FE80::0:1%4", "share", "a");

        assertThat(path).isEqualTo(UncPath.parse("\\\\fe80--1s4.ipv6-literal.net\\share\\a"));
        assertThat(UncPath.of("[::1]", "s").host()).isEqualTo("::1");
    }

    @Test
    void of_partsOfParsedPath_rebuildsIt() {
        UncPath path = UncPath.parse("\\\\fe80--1s4.ipv6-literal.net\\share\\a\\b");

        assertThat(UncPath.of(path.host(), path.share(), path.segments().toArray(String[]::new))).isEqualTo(path);
    }

    @Test
    void of_invalidParts_rejected() {
        assertThatThrownBy(() -> UncPath.of("fs01", "s", "a\\b")).isInstanceOf(InvalidUncPathException.class)
                .hasMessageContaining("'\\'");
        assertThatThrownBy(() -> UncPath.of("fs01", "s", "")).isInstanceOf(InvalidUncPathException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> UncPath.of("fs01", "s", "..")).isInstanceOf(InvalidUncPathException.class)
                .hasMessageContaining("climbs above");
        assertThatThrownBy(() -> UncPath.of(null, "s")).isInstanceOf(InvalidUncPathException.class)
                .hasMessageContaining("non-null");
        assertThatThrownBy(() -> UncPath.of("fs01", "s", (String) null)).isInstanceOf(InvalidUncPathException.class);
    }

    @Test
    void resolve_severalSegmentsMixedSeparators_appends() {
        UncPath root = UncPath.parse("\\\\fs01\\icewarp\\share");

        assertThat(root.resolve("mail/_outgoing\\retry\\").toString())
                .isEqualTo("\\\\fs01\\icewarp\\share\\mail\\_outgoing\\retry");
        assertThat(root.resolve("")).isSameAs(root);
    }

    @Test
    void resolve_dotDot_climbsWithinShare() {
        UncPath mail = UncPath.parse("\\\\fs01\\icewarp\\share\\mail");

        assertThat(mail.resolve("..\\config").toString()).isEqualTo("\\\\fs01\\icewarp\\share\\config");
    }

    @Test
    void resolve_dotDotAboveShare_rejectedNotClamped() {
        UncPath share = UncPath.parse("\\\\fs01\\icewarp\\share");

        assertThatThrownBy(() -> share.resolve("../../x"))
                .isInstanceOf(InvalidUncPathException.class)
                .hasMessageContaining("climbs above the share root \\\\fs01\\icewarp\\");
    }

    @Test
    void resolve_absoluteOrNull_rejected() {
        UncPath share = UncPath.parse("\\\\fs01\\icewarp");

        assertThatThrownBy(() -> share.resolve("\\mail")).isInstanceOf(InvalidUncPathException.class)
                .hasMessageContaining("not relative");
        assertThatThrownBy(() -> share.resolve(null)).isInstanceOf(InvalidUncPathException.class);
    }

    @Test
    void parent_walksUpToShareRoot() {
        UncPath path = UncPath.parse("\\\\fs01\\icewarp\\a\\b");

        assertThat(path.parent()).contains(UncPath.parse("\\\\fs01\\icewarp\\a"));
        assertThat(path.parent().flatMap(UncPath::parent)).contains(UncPath.parse("\\\\fs01\\icewarp"));
        assertThat(UncPath.parse("\\\\fs01\\icewarp").parent()).isEmpty();
    }

    @Test
    void isSameLocation_otherCase_trueNotEqual() {
        UncPath lower = UncPath.parse("\\\\fs01\\icewarp\\mail");
        UncPath upper = UncPath.parse("\\\\FS01\\IceWarp\\MAIL\\");

        assertThat(lower.isSameLocation(upper)).isTrue();
        assertThat(lower).isNotEqualTo(upper);
        assertThat(lower.isSameLocation(upper.parent().orElseThrow())).isFalse();
        assertThat(lower.isSameLocation(null)).isFalse();
    }

    @Test
    void isWithin_ancestorOrSelf_trueIgnoringCase() {
        UncPath share = UncPath.parse("\\\\fs01\\icewarp\\share");
        UncPath mail = UncPath.parse("\\\\FS01\\icewarp\\Share\\mail\\domain");

        assertThat(mail.isWithin(share)).isTrue();
        assertThat(share.isWithin(share)).isTrue();
        assertThat(share.isWithin(mail)).isFalse();
        assertThat(UncPath.parse("\\\\fs01\\icewarp\\shared").isWithin(share)).isFalse();
        assertThat(UncPath.parse("\\\\fs02\\icewarp\\share").isWithin(share)).isFalse();
    }

    @Test
    void relativeSegments_descendant_givesNamesBelow() {
        UncPath share = UncPath.parse("\\\\fs01\\icewarp\\share");

        assertThat(share.relativeSegments(UncPath.parse("\\\\fs01\\icewarp\\SHARE\\mail\\d")))
                .containsExactly("mail", "d");
        assertThat(share.relativeSegments(share)).isEmpty();
        assertThatThrownBy(() -> share.relativeSegments(UncPath.parse("\\\\fs01\\other\\x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not within \\\\fs01\\icewarp\\share");
    }

    @Test
    void toDirectoryString_addsTrailingBackslash() {
        assertThat(UncPath.parse("//fs01/icewarp/share").toDirectoryString()).isEqualTo("\\\\fs01\\icewarp\\share\\");
    }

    @Test
    void toSmbUrl_specialCharacters_percentEncoded() {
        UncPath path = UncPath.parse("\\\\fs01\\ice warp\\été+1;x\\\uD83D\uDCE7");

        assertThat(path.toSmbUrl()).isEqualTo("smb://fs01/ice%20warp/%C3%A9t%C3%A9%2B1%3Bx/%F0%9F%93%A7/");
    }

    @Test
    void toSmbUrl_port_writtenAfterHost() {
        assertThat(UncPath.parse("\\\\fs01\\s\\a").toSmbUrl(4450)).isEqualTo("smb://fs01:4450/s/a/");
        assertThat(UncPath.parse("\\\\--1.ipv6-literal.net\\s").toSmbUrl(4450)).isEqualTo("smb://[::1]:4450/s/");
        assertThatThrownBy(() -> UncPath.parse("\\\\fs01\\s").toSmbUrl(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 1 and 65535");
    }

    @Test
    void equals_sameCanonicalForm_equalWithSameHash() {
        UncPath a = UncPath.parse("//fs01/s/a/");
        UncPath b = UncPath.parse("\\\\?\\UNC\\fs01\\s\\x\\..\\a");

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    }

    @Test
    void json_path_writtenAsCanonicalString() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        UncPath path = UncPath.parse("//fs01/icewarp/share/");

        String json = mapper.writeValueAsString(path);

        assertThat(json).isEqualTo("\"\\\\\\\\fs01\\\\icewarp\\\\share\"");
        assertThat(mapper.readValue(json, UncPath.class)).isEqualTo(path);
    }

    @Test
    void json_invalidPath_rejectedWithReason() {
        assertThatThrownBy(() -> new ObjectMapper().readValue("\"\\\\\\\\fs01\\\\s\\\\CON\"", UncPath.class))
                .hasRootCauseInstanceOf(InvalidUncPathException.class)
                .hasMessageContaining("reserved Windows device name");
    }

    private static InvalidUncPathException catchInvalid(String input) {
        try {
            UncPath.parse(input);
        } catch (InvalidUncPathException e) {
            return e;
        }
        throw new AssertionError("expected " + input + " to be rejected");
    }
}
