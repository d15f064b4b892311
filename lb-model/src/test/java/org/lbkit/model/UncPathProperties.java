package org.lbkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.lbkit.model.CodecGenerators.nastyText;
import static org.lbkit.model.CodecGenerators.rawHosts;
import static org.lbkit.model.CodecGenerators.segmentLists;
import static org.lbkit.model.CodecGenerators.shares;
import static org.lbkit.model.CodecGenerators.uncLikeText;
import static org.lbkit.model.CodecGenerators.uncPaths;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

final class UncPathProperties {

    private static final List<String> RELATIVE_PARTS = List.of("..", ".", "", "a", "B", "#x 1%", "..\\..", "c/d",
            "../e", "\uD83D\uDCE7");

    @Test
    void parse_canonicalForms_giveSamePath() {
        qt().forAll(uncPaths()).checkAssert(path -> {
            assertThat(UncPath.parse(path.toString())).isEqualTo(path);
            assertThat(UncPath.parse(path.toDirectoryString())).isEqualTo(path);
            assertThat(UncPath.parse(path.toLongFormString())).isEqualTo(path);
        });
    }

    @Test
    void of_anyValidParts_matchesParse() {
        qt().forAll(rawHosts(), shares(), segmentLists()).checkAssert((host, share, segments) -> {
            UncPath built = UncPath.of(host, share, segments.toArray(String[]::new));

            assertThat(UncPath.parse(built.toString())).isEqualTo(built);
            assertThat(UncPath.of(built.host(), built.share(), built.segments().toArray(String[]::new)))
                    .isEqualTo(built);
            assertThat(built.segments()).isEqualTo(segments);
        });
    }

    @Test
    void parse_messyForm_normalisesOnce() {
        Gen<List<Integer>> choices = lists().of(integers().between(0, 5)).ofSize(8);

        qt().forAll(uncPaths(), choices).checkAssert((path, choice) -> {
            UncPath parsed = UncPath.parse(messy(path, choice));

            assertThat(parsed).isEqualTo(path);
            assertThat(UncPath.parse(parsed.toString())).isEqualTo(parsed);
            assertThat(UncPath.parse(parsed.toString()).toString()).isEqualTo(parsed.toString());
        });
    }

    @Test
    void resolve_anyRelativePath_neverLeavesShare() {
        qt().forAll(uncPaths(), relativePaths()).checkAssert((base, relative) -> {
            int expectedDepth = depthAfter(base.segments().size(), relative);
            UncPath root = UncPath.of(base.host(), base.share());
            try {
                UncPath resolved = base.resolve(relative);

                assertThat(expectedDepth).as("depth of %s resolved against %s", relative, base).isNotNegative();
                assertThat(resolved.isWithin(root)).isTrue();
                assertThat(resolved.segments()).hasSize(expectedDepth);
            } catch (InvalidUncPathException e) {
                assertThat(expectedDepth).as("%s rejected: %s", relative, e.getMessage()).isNegative();
            }
        });
    }

    @Test
    void parse_dotDotSegments_neverLeaveShare() {
        qt().forAll(uncPaths(), relativePaths()).checkAssert((base, relative) -> {
            String text = base.toDirectoryString() + relative;
            int expectedDepth = depthAfter(base.segments().size(), relative.replaceFirst("^[\\\\/]+", ""));
            try {
                UncPath parsed = UncPath.parse(text);

                assertThat(expectedDepth).as("depth of %s", text).isNotNegative();
                assertThat(parsed.isWithin(UncPath.of(base.host(), base.share()))).isTrue();
            } catch (InvalidUncPathException e) {
                assertThat(expectedDepth).as("%s rejected: %s", text, e.getMessage()).isNegative();
            }
        });
    }

    @Test
    void parse_arbitraryText_parsesOrThrowsInvalid() {
        Gen<String> texts = Generate.oneOf(strings().allPossible().ofLengthBetween(0, 40), nastyText(16),
                uncLikeText());

        qt().withExamples(5000).forAll(texts).checkAssert(text -> {
            try {
                UncPath path = UncPath.parse(text);

                assertThat(UncPath.parse(path.toString())).isEqualTo(path);
            } catch (InvalidUncPathException e) {
                assertThat(e.input()).isEqualTo(text);
                assertThat(e.reason()).isNotBlank();
            }
        });
    }

    @Test
    void resolveAndOf_arbitraryText_throwOnlyInvalid() {
        UncPath base = UncPath.parse("\\\\fs01\\icewarp\\share");

        qt().withExamples(3000).forAll(nastyText(10), nastyText(4)).checkAssert((text, name) -> {
            expectParsedOrInvalid(() -> base.resolve(text));
            expectParsedOrInvalid(() -> UncPath.of(name, "share", text));
            expectParsedOrInvalid(() -> UncPath.of("fs01", name, text));
        });
    }

    @Test
    void toSmbUrl_anyPath_decodesToNames() {
        qt().forAll(uncPaths()).checkAssert(path -> {
            URI uri = uri(path.toSmbUrl());
            List<String> names = new ArrayList<>();
            for (String raw : uri.getRawPath().substring(1).split("/")) {
                names.add(URLDecoder.decode(raw, StandardCharsets.UTF_8));
            }

            assertThat(uri.getScheme()).isEqualTo("smb");
            assertThat(names.get(0)).isEqualTo(path.share());
            assertThat(names.subList(1, names.size())).isEqualTo(path.segments());
            assertThat(path.toSmbUrl()).endsWith("/");
        });
    }

    /** Writes a path with mixed separators, '.' and 'detour\..' segments, and doubled separators. */
    private static String messy(UncPath path, List<Integer> choice) {
        String host = path.toString().substring(2).split("\\\\")[0];
        String separator = choice.get(0) % 2 == 0 ? "\\" : "/";
        String other = separator.equals("\\") ? "/" : "\\";
        StringBuilder text = new StringBuilder(choice.get(1) == 5 ? "\\\\?\\UNC\\" : separator + other);
        text.append(host).append(other).append(path.share());
        for (int i = 0; i < path.segments().size(); i++) {
            int c = choice.get((i + 2) % choice.size());
            text.append(c % 2 == 0 ? separator : other);
            if (c == 1) {
                text.append(".").append(separator);
            } else if (c == 2) {
                text.append("detour").append(other).append("..").append(separator);
            } else if (c == 3) {
                text.append(separator);
            }
            text.append(path.segments().get(i));
        }
        if (choice.get(7) > 2) {
            text.append(choice.get(7) == 5 ? separator + "." + other : separator);
        }
        return text.toString();
    }

    private static Gen<String> relativePaths() {
        return lists().of(Generate.pick(RELATIVE_PARTS)).ofSizeBetween(0, 8)
                .zip(Generate.booleans(), (parts, slash) -> String.join(slash ? "/" : "\\", parts));
    }

    /** Returns the depth after resolving, or -1 when the relative path is absolute or climbs too far. */
    private static int depthAfter(int depth, String relative) {
        if (relative.startsWith("\\") || relative.startsWith("/")) {
            return -1;
        }
        for (String part : Arrays.asList(relative.split("[\\\\/]"))) {
            if (part.equals("..")) {
                depth--;
                if (depth < 0) {
                    return -1;
                }
            } else if (!part.isEmpty() && !part.equals(".")) {
                depth++;
            }
        }
        return depth;
    }

    private static void expectParsedOrInvalid(Runnable action) {
        try {
            action.run();
        } catch (InvalidUncPathException e) {
            assertThat(e.reason()).isNotBlank();
        }
    }

    private static URI uri(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            return fail("not a valid URI: " + text, e);
        }
    }
}
