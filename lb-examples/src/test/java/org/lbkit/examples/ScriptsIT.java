package org.lbkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import groovy.lang.Binding;
import groovy.lang.GroovyShell;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.lbkit.db.testing.MariaDbExtension;
import org.lbkit.db.testing.MariaDbServer;

/**
 * Runs the JShell and Groovy scripts under {@code scripts/} against a real MariaDB, so that they
 * keep working as the API changes.
 */
final class ScriptsIT {

    @RegisterExtension
    static final MariaDbExtension MARIADB = new MariaDbExtension();

    private static final Path SCRIPTS = Path.of("scripts");
    private static final Pattern JSHELL_COMMAND = Pattern.compile("/[a-z!?]");
    private static final List<String> PROPERTIES = List.of("lbkit.work", "lbkit.jdbcUrl", "lbkit.adminUser",
            "lbkit.adminPassword", "lbkit.sharePassword", "lbkit.dbPassword");

    @TempDir
    Path temp;

    @AfterEach
    void clearProperties() {
        PROPERTIES.forEach(System::clearProperty);
    }

    @Test
    void jshellScript_guideCluster_provisionsCopiesAndRenders() throws IOException {
        setProperties(temp.resolve("work"));

        String output = runJShell(SCRIPTS.resolve("rollout.jsh"));

        assertThat(output).contains("validation: 0 errors").contains("databases: ready for 3 nodes");
        assertOutcome(temp.resolve("work"));
    }

    @Test
    void jshellTool_twoRuns_bothSucceed() throws IOException, InterruptedException {
        setProperties(temp.resolve("work"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "jshell").toString(),
                "--class-path", System.getProperty("java.class.path")));
        PROPERTIES.forEach(property -> command.add("-R-D" + property + "=" + System.getProperty(property)));
        command.add(SCRIPTS.resolve("rollout.jsh").toString());

        Run first = runProcess(command);
        Run second = runProcess(command);

        assertThat(first.status()).as(first.output()).isZero();
        assertThat(first.output()).doesNotContain("Error:").contains("databases: ready for 3 nodes");
        assertThat(second.status()).as(second.output()).isZero();
        assertThat(second.output()).contains("mail: 0 copied").contains("node files: 0 written");
        assertOutcome(temp.resolve("work"));
    }

    @Test
    void jshellTool_failingStep_exitsWithStatus1() throws IOException, InterruptedException {
        setProperties(temp.resolve("work"));
        System.setProperty("lbkit.dbPassword", "env:LBKIT_VARIABLE_THAT_IS_NOT_SET");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "jshell").toString(),
                "--class-path", System.getProperty("java.class.path")));
        PROPERTIES.forEach(property -> command.add("-R-D" + property + "=" + System.getProperty(property)));
        command.add(SCRIPTS.resolve("rollout.jsh").toString());

        Run run = runProcess(command);

        assertThat(run.status()).as(run.output()).isEqualTo(1);
        assertThat(run.output()).contains("LBKIT_VARIABLE_THAT_IS_NOT_SET is not set");
    }

    @Test
    void groovyMain_twoRuns_bothSucceed() throws IOException, InterruptedException {
        setProperties(temp.resolve("work"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
        PROPERTIES.forEach(property -> command.add("-D" + property + "=" + System.getProperty(property)));
        command.addAll(List.of("groovy.ui.GroovyMain", SCRIPTS.resolve("rollout.groovy").toString()));

        Run first = runProcess(command);
        Run second = runProcess(command);

        assertThat(first.status()).as(first.output()).isZero();
        assertThat(first.output()).contains("databases: ready for 3 nodes");
        assertThat(second.status()).as(second.output()).isZero();
        assertThat(second.output()).contains("mail: 0 copied").contains("node files: 0 written");
        assertOutcome(temp.resolve("work"));
    }

    @Test
    void groovyScript_guideCluster_provisionsCopiesAndRenders() throws IOException {
        setProperties(temp.resolve("work"));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Binding binding = new Binding(Map.of("out", new PrintStream(printed, true, StandardCharsets.UTF_8)));

        new GroovyShell(getClass().getClassLoader(), binding).evaluate(SCRIPTS.resolve("rollout.groovy").toFile());

        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("validation: 0 errors")
                .contains("databases: ready for 3 nodes");
        assertOutcome(temp.resolve("work"));
    }

    private static Run runProcess(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), output);
    }

    private record Run(int status, String output) {
    }

    private void setProperties(Path work) throws IOException {
        MariaDbServer server = MARIADB.server();
        Path adminPassword = temp.resolve("admin-password");
        Files.writeString(adminPassword, server.adminPassword().reveal(), StandardCharsets.UTF_8);
        Files.writeString(temp.resolve("share-password"), ExampleClusters.SHARE_PASSWORD, StandardCharsets.UTF_8);
        Files.writeString(temp.resolve("db-password"), ExampleClusters.DATABASE_PASSWORD, StandardCharsets.UTF_8);

        System.setProperty("lbkit.work", work.toString());
        System.setProperty("lbkit.jdbcUrl", server.jdbcUrl());
        System.setProperty("lbkit.adminUser", server.adminUser());
        System.setProperty("lbkit.adminPassword", "file:" + adminPassword);
        System.setProperty("lbkit.sharePassword", "file:" + temp.resolve("share-password"));
        System.setProperty("lbkit.dbPassword", "file:" + temp.resolve("db-password"));
    }

    private static void assertOutcome(Path work) {
        assertThat(work.resolve("share/config")).isDirectory();
        assertThat(work.resolve("share/_yodaidx")).isDirectory();
        assertThat(work.resolve("share/mail/example.com/john/inbox/100000001.imap")).isRegularFile();
        assertThat(work.resolve("out/server1/tool.ps1")).isRegularFile();
        assertThat(work.resolve("out/load-balancer/haproxy.cfg")).isRegularFile();
        String rows = MARIADB.server().executeAsRoot(
                "SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE 'iw\\_%'");
        assertThat(rows.strip()).endsWith("7");
    }

    /** Evaluates a script snippet by snippet in this JVM, failing on the first rejected snippet or exception. */
    private static String runJShell(Path script) throws IOException {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream console = new PrintStream(printed, true, StandardCharsets.UTF_8);
        PrintStream standardOut = System.out;
        // The local execution engine runs snippets in this JVM, where they print to System.out.
        System.setOut(console);
        try (JShell shell = JShell.builder().executionEngine("local").out(console).err(console).build()) {
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                shell.addToClasspath(entry);
            }
            SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
            String remaining = Files.readString(script, StandardCharsets.UTF_8);
            while (!remaining.isBlank()) {
                if (JSHELL_COMMAND.matcher(remaining.strip()).lookingAt()) {
                    // A JShell command such as /exit ends the script; the API evaluates only code.
                    break;
                }
                SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
                for (SnippetEvent event : shell.eval(info.source())) {
                    check(shell, event, info.source());
                }
                remaining = info.remaining();
            }
            // The script catches its own failure and keeps it in 'status' for /exit.
            shell.variables().filter(v -> v.name().equals("status")).forEach(status ->
                    assertThat(shell.varValue(status)).as(printed.toString(StandardCharsets.UTF_8)).isEqualTo("0"));
        } finally {
            System.setOut(standardOut);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }

    private static void check(JShell shell, SnippetEvent event, String source) {
        if (event.exception() != null) {
            throw new AssertionError("the script failed at: " + source.strip(), event.exception());
        }
        if (event.status() == Snippet.Status.REJECTED) {
            List<String> errors = new ArrayList<>();
            shell.diagnostics(event.snippet()).forEach(d -> errors.add(d.getMessage(null)));
            throw new AssertionError("the script does not compile at: " + source.strip() + " " + errors);
        }
    }
}
