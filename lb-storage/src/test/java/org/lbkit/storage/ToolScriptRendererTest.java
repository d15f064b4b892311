package org.lbkit.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lbkit.model.Cluster;
import org.lbkit.model.DatabaseAccess;
import org.lbkit.model.Node;
import org.lbkit.storage.testing.Bash;
import org.lbkit.storage.testing.GuideCluster;
import org.lbkit.storage.testing.PowerShellLiterals;
import org.lbkit.storage.testing.StandInInstall;
import org.lbkit.storage.testing.WindowsArgv;

final class ToolScriptRendererTest {

    @TempDir
    Path dir;

    /** Returns the calls a node's bash script must make, in order. */
    static List<List<String>> expectedBashCalls(NodeSettings settings) {
        List<List<String>> calls = new ArrayList<>();
        calls.add(List.of("icewarpd.sh", "--stop", "all"));
        for (ApiVariable variable : settings.apiVariables()) {
            calls.add(List.of("tool.sh", "set", "system", variable.name(), variable.value()));
        }
        addCreations(calls, settings, TableCreation.Phase.BEFORE_SERVICES, "tool.sh");
        calls.add(List.of("icewarpd.sh", "--start", "all"));
        if (settings.isMaster()) {
            addCreations(calls, settings, TableCreation.Phase.AFTER_SERVICES, "tool.sh");
            calls.add(List.of("icewarpd.sh", "--restart", "all"));
        }
        return calls;
    }

    private static void addCreations(List<List<String>> calls, NodeSettings settings, TableCreation.Phase phase,
            String program) {
        for (TableCreation creation : settings.tableCreations()) {
            if (creation.phase() == phase) {
                calls.add(List.of(program, "create", "tables", String.valueOf(creation.code()), creation.connection()));
            }
        }
    }

    /** Returns the guide's Linux cluster with every node installed in a stand-in folder. */
    static Cluster linuxClusterIn(StandInInstall install) {
        Cluster linux = GuideCluster.linux();
        List<Node> nodes = new ArrayList<>();
        for (Node node : linux.nodes()) {
            nodes.add(Node.builder().from(node).installPath(install.installPath()).build());
        }
        return Cluster.builder().from(linux).nodes(nodes).build();
    }

    @Test
    void bash_linuxMaster_realRunCallsToolInIceWarpOrder() {
        StandInInstall install = StandInInstall.create(dir);
        NodeSettings settings = NodeSettings.of(linuxClusterIn(install), "1");
        RenderedFile file = ToolScriptRenderer.render(settings);

        Bash.Result result = install.run(file.content());

        assertThat(result.exitCode()).as(result.errors()).isZero();
        assertThat(install.calls()).containsExactlyElementsOf(expectedBashCalls(settings));
        assertThat(install.calls()).filteredOn(call -> call.contains("create"))
                .extracting(call -> call.get(3)).containsExactly("0", "3", "4", "2", "6");
        assertThat(PathDat.read(install.pathDat()).format()).isEqualTo(settings.newPathDat().format());
    }

    @Test
    void bash_linuxSlave_noTablesAndMergesExistingPathDat() throws Exception {
        StandInInstall install = StandInInstall.create(dir);
        Path sample = PathDatTest.sample("linux-master.dat");
        Files.copy(sample, install.pathDat());
        NodeSettings settings = NodeSettings.of(linuxClusterIn(install), "3");

        Bash.Result result = install.run(ToolScriptRenderer.render(settings).content());

        assertThat(result.exitCode()).as(result.errors()).isZero();
        assertThat(install.calls()).containsExactlyElementsOf(expectedBashCalls(settings));
        assertThat(install.calls()).noneMatch(call -> call.contains("create"));
        String written = Files.readString(install.pathDat(), StandardCharsets.UTF_8);
        assertThat(written).isEqualTo(settings.applyTo(PathDat.read(sample)).format());
        assertThat(PathDat.parse(written).outgoingPath()).isEqualTo("/opt/icewarp/mailqueues/_outgoing/");
        assertThat(PathDat.parse(written).teamChatApiUrl()).isEqualTo("https://185.30.21.21:55991/teamchatapi/");
        assertThat(install.pathDat().resolveSibling("path.dat.lbkit-backup")).hasSameBinaryContentAs(sample);
    }

    @Test
    void bash_existingCrlfPathDat_keepsCrlf() throws Exception {
        StandInInstall install = StandInInstall.create(dir);
        Path sample = PathDatTest.sample("windows-slave-crlf.dat");
        Files.copy(sample, install.pathDat());
        NodeSettings settings = NodeSettings.of(linuxClusterIn(install), "2");

        install.run(ToolScriptRenderer.render(settings).content());

        String written = Files.readString(install.pathDat(), StandardCharsets.UTF_8);
        assertThat(written).isEqualTo(settings.applyTo(PathDat.read(sample)).format());
        assertThat(written).contains("\r\n").doesNotContain("/\n");
    }

    @Test
    void bash_skipTables_createsNone() {
        StandInInstall install = StandInInstall.create(dir);
        NodeSettings settings = NodeSettings.of(linuxClusterIn(install), "1");

        Bash.Result result = install.run(ToolScriptRenderer.render(settings).content(), "--skip-tables");

        assertThat(result.exitCode()).as(result.errors()).isZero();
        assertThat(install.calls()).noneMatch(call -> call.contains("create"));
    }

    @Test
    void bash_missingTool_failsWithMessage() throws Exception {
        StandInInstall install = StandInInstall.create(dir);
        NodeSettings settings = NodeSettings.of(linuxClusterIn(install), "2");
        Files.delete(Path.of(install.installPath(), "tool.sh"));

        Bash.Result result = install.run(ToolScriptRenderer.render(settings).content());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errors()).contains("tool.sh not found");
        assertThat(install.calls()).isEmpty();
    }

    @Test
    void bash_header_hasStrictModeAndSecretWarning() {
        RenderedFile file = ToolScriptRenderer.render(NodeSettings.of(GuideCluster.linux(), "1"));

        assertThat(file.path()).isEqualTo("server1/tool.sh");
        assertThat(file.containsSecrets()).isTrue();
        assertThat(file.isExecutable()).isTrue();
        assertThat(file.content()).startsWith("#!/usr/bin/env bash\n").contains("\nset -euo pipefail\n")
                .contains("readable by its owner only");
    }

    @Test
    void redacted_bashAndPowerShell_containNoSecret() {
        for (Cluster cluster : List.of(GuideCluster.linux(), GuideCluster.windows())) {
            RenderedFile redacted = ToolScriptRenderer.render(NodeSettings.of(cluster, "1")).redacted();

            assertThat(redacted.containsSecrets()).isFalse();
            assertThat(redacted.content()).doesNotContain(GuideCluster.DATABASE_PASSWORD)
                    .contains("iw_accounts;icewarp;****;192.168.100.80:3306;3;2")
                    .contains("do not run it");
        }
        RenderedFile windows = ToolScriptRenderer.render(NodeSettings.of(GuideCluster.windows(), "2")).redacted();
        assertThat(windows.content()).doesNotContain(GuideCluster.SHARE_PASSWORD).contains(";IceWarp;****|");
    }

    @Test
    void powerShell_windowsMaster_everyToolCallCarriesTheExactValues() {
        NodeSettings settings = NodeSettings.of(GuideCluster.windows(), "1");
        RenderedFile file = ToolScriptRenderer.render(settings);

        List<List<String>> calls = PowerShellToolCalls.of(file.content());

        List<List<String>> expected = new ArrayList<>();
        for (ApiVariable variable : settings.apiVariables()) {
            expected.add(List.of("set", "system", variable.name(), variable.value()));
        }
        for (TableCreation creation : settings.tableCreations()) {
            expected.add(List.of("create", "tables", String.valueOf(creation.code()), creation.connection()));
        }
        assertThat(calls).containsExactlyElementsOf(expected);
        assertThat(file.path()).isEqualTo("server1/tool.ps1");
        assertThat(file.hasByteOrderMark()).isTrue();
    }

    @Test
    void powerShell_windowsMaster_stepsInIceWarpOrder() {
        String script = ToolScriptRenderer.render(NodeSettings.of(GuideCluster.windows(), "1")).content();

        int stop = script.indexOf("\r\nStop-IceWarp\r\n");
        int firstSet = script.indexOf("Invoke-Tool 'set system");
        int pathDat = script.indexOf("Write-PathDat $Lines");
        int code4 = script.indexOf("'create tables 4'");
        int start = script.indexOf("\r\nStart-IceWarp\r\n");
        int code2 = script.indexOf("'create tables 2'");
        int code6 = script.indexOf("'create tables 6'");
        int restart = script.indexOf("Restarting the IceWarp services");

        assertThat(List.of(stop, firstSet, pathDat, code4, start, code2, code6, restart)).doesNotContain(-1)
                .isSorted();
        assertThat(script.indexOf("'create tables 0'")).isLessThan(script.indexOf("'create tables 3'"));
        assertThat(script.indexOf("'create tables 3'")).isLessThan(code4);
        assertThat(script).contains("if (-not $SkipTables) {").contains("#Requires -RunAsAdministrator")
                .contains("$IceWarpServices = @('IceWarpControl', 'IceWarpSMTP', 'IceWarpPOP3', 'IceWarpIM',"
                        + " 'IceWarpCalendar', 'yoda', 'yoda-scan')");
    }

    @Test
    void powerShell_pathDatAssignments_matchSettings() {
        NodeSettings settings = NodeSettings.of(GuideCluster.windows(), "2");
        String script = ToolScriptRenderer.render(settings).content();

        for (PathDatChange change : settings.pathDatChanges()) {
            Matcher matcher = Pattern.compile("\\$Lines\\[" + (change.number() - 1) + "\\] = (.*)  # "
                    + change.line() + "\r\n").matcher(script);
            assertThat(matcher.find()).as(change.line().toString()).isTrue();
            assertThat(PowerShellLiterals.decode(matcher.group(1))).isEqualTo(change.value());
        }
    }

    @Test
    void powerShell_clientLibraryNode_checksLibmysql() {
        String script = ToolScriptRenderer.render(NodeSettings.of(GuideCluster.windows(), "2")).content();

        assertThat(script).contains("'System32\\libmysql.dll'").contains("'SysWOW64\\libmysql.dll'")
                .doesNotContain("Add-OdbcDsn");
    }

    @Test
    void powerShell_odbcNode_createsSystemDsnsInsteadOfLibmysqlCheck() {
        Cluster cluster = GuideCluster.windowsBuilder()
                .nodes(List.of(Node.master("1", "server1", "10.0.0.1"), Node.builder().id("2").name("server2")
                        .address("10.0.0.2").databaseAccess(DatabaseAccess.ODBC).build()))
                .build();

        String script = ToolScriptRenderer.render(NodeSettings.of(cluster, "2")).content();

        assertThat(script).doesNotContain("libmysql.dll")
                .contains("Add-OdbcDsn -Name 'iw_accounts' -DriverName 'MySQL ODBC 8.0 Unicode Driver' -DsnType"
                        + " System -Platform '64-bit' -SetPropertyValue @('SERVER=192.168.100.80', 'PORT=3306',"
                        + " 'DATABASE=iw_accounts')")
                .contains("Write-Warning 'NOTE: The node is set to ODBC access");
    }

    @Test
    void render_nodeNameUnfitForFolder_throws() {
        Cluster cluster = GuideCluster.windowsBuilder()
                .nodes(List.of(Node.master("1", "server 1", "10.0.0.1"), Node.slave("2", "server2", "10.0.0.2")))
                .build();

        assertThatThrownBy(() -> ToolScriptRenderer.render(NodeSettings.of(cluster, "1")))
                .isInstanceOf(LbStorageException.class)
                .hasMessageContaining("'server 1'");
    }

    /** Extracts the tool.exe calls of a rendered PowerShell script as argument lists. */
    static final class PowerShellToolCalls {
        private static final Pattern CALL = Pattern.compile("(?m)^\\s*Invoke-Tool ");

        static List<List<String>> of(String script) {
            List<List<String>> calls = new ArrayList<>();
            Matcher matcher = CALL.matcher(script);
            while (matcher.find()) {
                calls.add(WindowsArgv.split(PowerShellLiterals.firstAfter(script, matcher.end())));
            }
            return calls;
        }
    }
}
