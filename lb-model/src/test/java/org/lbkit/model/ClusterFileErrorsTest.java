package org.lbkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Tables of bad cluster files: each names the key path, its line and column, and the fix. */
final class ClusterFileErrorsTest {

    private static final String GUIDE = ClusterFilesTest.guideYaml();

    /**
     * One bad file made from the guide's file by replacing one text.
     *
     * @param description the case, shown as the test name
     * @param from the text replaced
     * @param to its replacement
     * @param path the expected key path
     * @param line the expected line
     * @param token the text at the expected column on that line
     * @param message a fragment the message must contain
     */
    static Arguments bad(String description, String from, String to, String path, int line, String token, String message) {
        return Arguments.of(description, from, to, path, line, token, message);
    }

    static Stream<Arguments> badYaml() {
        return Stream.of(
                bad("unknown top-level key", "name: mail", "nmae: mail", "nmae", 1, "nmae", "did you mean 'name'"),
                bad("unknown node key", "address: 192.168.100.84", "adress: 192.168.100.84",
                        "nodes[1].adress", 12, "adress", "did you mean 'address'"),
                bad("unknown share key", "  user: IceWarp", "  usr: IceWarp\n  user: IceWarp",
                        "share.usr", 4, "usr", "keys accepted under share: root, user, password"),
                bad("port is text", "port: 3306", "port: abc", "databases.server.port", 7, "abc",
                        "expected a whole number but found a text"),
                bad("port out of range", "port: 3306", "port: 70000", "databases.server.port", 7, "70000",
                        "between 1 and 65535 but was 70000"),
                bad("port is decimal", "port: 3306", "port: 3306.5", "databases.server.port", 7, "3306.5",
                        "found a decimal number"),
                bad("master is text", "master: true", "master: \"true\"", "nodes[0].master", 11, "\"true\"",
                        "expected true or false"),
                bad("missing node address", "address: 192.168.100.84, ", "", "nodes[1].address", 12, "{",
                        "missing required value: add address"),
                bad("null node address", "address: 192.168.100.84", "address: ~", "nodes[1].address", 12,
                        "~", "missing required value"),
                bad("missing share", "share:\n  root: '\\\\192.168.100.74\\icewarp\\share\\'\n  user: IceWarp\n"
                        + "  password: env:IW_SHARE_PASSWORD\n", "", "share", 1, "name",
                        "add share (the shared folder and its account) at the top level"),
                bad("unknown platform", "master: true, platform: windows", "master: true, platform: windoze",
                        "nodes[0].platform", 11, "windoze", "use one of windows, linux"),
                bad("nodes not a list", "nodes:\n", "nodes: server1\nnodez:\n", "nodes", 10, "server1",
                        "expected a list but found a text"),
                bad("node not a mapping", "  - { id: \"3\"", "  - server3\n  - { id: \"3\"", "nodes[2]", 13,
                        "server3", "expected a mapping"),
                bad("share is a list", "share:\n", "share: []\nold:\n", "share", 2, "[]", "expected a mapping"),
                bad("duplicate key", "  user: icewarp", "  user: icewarp\n  user: root", "databases.user", 9,
                        "user", "duplicate key 'user' (first at line 8)"),
                bad("empty environment name", "password: env:IW_DB_PASSWORD", "password: 'env:'",
                        "databases.password", 9, "'env:'", "invalid environment variable name"),
                bad("password is a mapping", "password: env:IW_DB_PASSWORD", "password: { a: b }",
                        "databases.password", 9, "{", "expected a text but found a mapping"),
                bad("unknown database role", "  user: icewarp", "  names: { acounts: mail }\n  user: icewarp",
                        "databases.names.acounts", 8, "acounts", "unknown database role 'acounts'; use one of accounts"),
                bad("unknown storage", "  user: icewarp", "  storage: { webclient-cache: redis }\n  user: icewarp",
                        "databases.storage.webclient-cache", 8, "redis", "use one of mysql, sqlite"),
                bad("negative licence accounts", "name: mail", "name: mail\nlicence: { accounts: -1 }",
                        "licence.accounts", 2, "-1", "between 0 and"),
                bad("missing licence accounts", "name: mail", "name: mail\nlicence: { modules: [mail] }",
                        "licence.accounts", 2, "{", "add accounts"),
                bad("unknown service", "name: mail", "name: mail\nloadBalancer: { services: { ftp: [21] } }",
                        "loadBalancer.services.ftp", 2, "ftp", "use one of smtp, pop3, imap, xmpp, http"),
                bad("empty port list", "name: mail", "name: mail\nloadBalancer: { services: { smtp: [] } }",
                        "loadBalancer.services.smtp", 2, "[]", "the list of ports is empty"),
                bad("port zero", "name: mail", "name: mail\nloadBalancer: { services: { smtp: [25, 0] } }",
                        "loadBalancer.services.smtp[1]", 2, "0]", "between 1 and 65535 but was 0"),
                bad("alias", "name: mail", "name: &n mail\nfullTextIndexPath: *n", "fullTextIndexPath", 2, "*n",
                        "aliases"),
                bad("second document", "85, platform: windows }\n", "85, platform: windows }\n---\nname: x\n",
                        "", 15, "name: x", "second YAML document"),
                bad("syntax error", "  user: IceWarp", "  user: IceWarp: x", "", 4, ": x",
                        "not well-formed YAML"),
                bad("archive flag is text", "name: mail", "name: mail\narchive: { enabled: sometimes }",
                        "archive.enabled", 2, "sometimes", "expected true or false"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badYaml")
    void read_badYaml_namesPathLineColumnAndFix(String description, String from, String to, String path, int line,
            String token, String message) {
        String yaml = replaceOnce(GUIDE, from, to);

        ClusterFileException failure = catchThrowableOfType(ClusterFileException.class,
                () -> ClusterFiles.readYaml(yaml));

        assertThat(failure).as("exception for %s", description).isNotNull();
        assertThat(failure.path()).isEqualTo(path);
        assertThat(failure.line()).isEqualTo(line);
        assertThat(failure.column()).isEqualTo(columnOf(yaml, line, token));
        assertThat(failure.getMessage()).contains(message).contains("YAML text");
    }

    static Stream<Arguments> badJson() {
        return Stream.of(
                Arguments.of("unknown key", "{\"name\": \"mail\", \"nodez\": []}", "nodez", 1, 18,
                        "unknown key 'nodez'; did you mean 'nodes'?"),
                Arguments.of("share is a number", "{\"name\": 5, \"share\": 1}", "share", 1, 22,
                        "expected a mapping"),
                Arguments.of("trailing comma", "{\"name\": \"mail\",\n \"nodes\": [1,]}", "", 2, 14,
                        "not well-formed JSON"),
                Arguments.of("empty text", "", "", 1, 1, "the file is empty"),
                Arguments.of("list at the top", "[]", "", 1, 1,
                        "expected a mapping of keys to values but found a list"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badJson")
    void read_badJson_namesPathLineAndColumn(String description, String json, String path, int line, int column,
            String message) {
        ClusterFileException failure = catchThrowableOfType(ClusterFileException.class,
                () -> ClusterFiles.readJson(json));

        assertThat(failure).as("exception for %s", description).isNotNull();
        assertThat(failure.problems()).filteredOn(p -> p.path().equals(path)).singleElement()
                .satisfies(problem -> {
                    assertThat(problem.line()).isEqualTo(line);
                    assertThat(problem.column()).isEqualTo(column);
                    assertThat(problem.message()).contains(message);
                });
    }

    @Test
    void read_threeProblems_reportsAllInFileOrder() {
        String yaml = GUIDE.replace("port: 3306", "port: x")
                .replace("address: 192.168.100.85", "adress: 192.168.100.85")
                .replace("name: mail", "name: mail\ncolour: blue");

        ClusterFileException failure = catchThrowableOfType(ClusterFileException.class,
                () -> ClusterFiles.readYaml(yaml));

        assertThat(failure.problems()).extracting(ClusterFileException.Problem::path)
                .containsExactly("colour", "databases.server.port", "nodes[2].adress");
        assertThat(failure.problems()).extracting(ClusterFileException.Problem::line)
                .containsExactly(2, 8, 14);
        assertThat(failure.path()).isEqualTo("colour");
    }

    @Test
    void read_inlinePasswordOfWrongType_neverShowsValue() {
        String yaml = GUIDE.replace("password: env:IW_DB_PASSWORD", "password: [s3cr3t]");

        ClusterFileException failure = catchThrowableOfType(ClusterFileException.class,
                () -> ClusterFiles.readYaml(yaml));

        assertThat(failure.getMessage()).doesNotContain("s3cr3t");
    }

    private static String replaceOnce(String text, String from, String to) {
        int at = text.indexOf(from);
        assertThat(at).as("case text '%s' is in the guide's file", from).isNotNegative();
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    private static int columnOf(String text, int line, String token) {
        String lineText = text.split("\n", -1)[line - 1];
        int at = lineText.indexOf(token);
        assertThat(at).as("token '%s' on line %d: %s", token, line, lineText).isNotNegative();
        return at + 1;
    }
}
