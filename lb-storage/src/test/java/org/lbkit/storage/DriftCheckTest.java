package org.lbkit.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lbkit.storage.testing.Bash;
import org.lbkit.storage.testing.GuideCluster;
import org.lbkit.storage.testing.PowerShellLiterals;
import org.lbkit.storage.testing.StandInInstall;
import org.lbkit.storage.testing.WindowsArgv;

final class DriftCheckTest {

    @TempDir
    Path dir;

    /** Returns what {@code tool get system} would print for a node that matches its settings. */
    static String toolOutputOf(NodeSettings settings, UnaryOperator<String> lineEdit) {
        StringBuilder output = new StringBuilder();
        for (ApiVariable variable : settings.apiVariables()) {
            String line = lineEdit.apply(variable.name() + ": " + variable.value());
            if (line != null) {
                output.append(line).append("\r\n");
            }
        }
        return output.toString();
    }

    @Test
    void check_matchingNode_isClean() {
        NodeSettings settings = NodeSettings.of(GuideCluster.windows(), "2");

        DriftReport report = DriftCheck.check(settings, toolOutputOf(settings, UnaryOperator.identity()),
                settings.newPathDat().format());

        assertThat(report.isClean()).as(report.toString()).isTrue();
        assertThat(report.toString()).contains("matches its settings");
    }

    @Test
    void check_guideSlaveSample_isClean() {
        NodeSettings settings = NodeSettings.of(GuideCluster.windows(), "2");

        DriftReport report = DriftCheck.check(settings, ToolGetOutput.parse(toolOutputOf(settings, l -> l)),
                PathDat.read(PathDatTest.sample("windows-slave-crlf.dat")));

        assertThat(report.differences()).isEmpty();
    }

    @Test
    void check_localMailPath_reportsItWithSetCommand() {
        NodeSettings settings = NodeSettings.of(GuideCluster.windows(), "2");
        String output = toolOutputOf(settings, line -> line.startsWith("C_System_Storage_Dir_MailPath:")
                ? "C_System_Storage_Dir_MailPath: C:\\Program Files\\IceWarp\\mail\\" : line);

        DriftReport report = DriftCheck.check(settings, output, settings.newPathDat().format());

        assertThat(report.differences()).hasSize(1);
        Drift drift = report.differences().get(0);
        assertThat(drift.kind()).isEqualTo(Drift.Kind.API_VARIABLE);
        assertThat(drift.setting()).isEqualTo("C_System_Storage_Dir_MailPath");
        assertThat(drift.actual()).isEqualTo("C:\\Program Files\\IceWarp\\mail\\");
        assertThat(drift.expected()).isEqualTo("\\\\192.168.100.74\\icewarp\\share\\mail\\");
        assertThat(drift.fix()).startsWith("Start-Process -FilePath 'C:\\Program Files\\IceWarp\\tool.exe' -ArgumentList ");
        String arguments = PowerShellLiterals.firstAfter(drift.fix(), drift.fix().indexOf("-ArgumentList"));
        assertThat(WindowsArgv.split(arguments)).containsExactly("set", "system", "C_System_Storage_Dir_MailPath",
                "\\\\192.168.100.74\\icewarp\\share\\mail\\");
    }

    @Test
    void check_wrongSlaveFlag_reportsPathDatLineWithRerun() {
        NodeSettings settings = NodeSettings.of(GuideCluster.windows(), "3");
        PathDat drifted = settings.newPathDat().withSlave(false);

        DriftReport report = DriftCheck.check(settings, ToolGetOutput.parse(toolOutputOf(settings, l -> l)), drifted);

        assertThat(report.differences()).singleElement().satisfies(drift -> {
            assertThat(drift.kind()).isEqualTo(Drift.Kind.PATH_DAT_LINE);
            assertThat(drift.setting()).isEqualTo("path.dat line 14 (SLAVE_FLAG)");
            assertThat(drift.expected()).isEqualTo("1");
            assertThat(drift.actual()).isEqualTo("0");
            assertThat(drift.fix()).startsWith("powershell -ExecutionPolicy Bypass -File .\\server3\\tool.ps1 -SkipTables");
        });
    }

    @Test
    void check_tolerableDifferences_areNotDrift() {
        NodeSettings settings = NodeSettings.of(GuideCluster.windows(), "2");
        String output = toolOutputOf(settings, line -> {
            String lower = line.substring(0, line.indexOf(':')).toLowerCase() + line.substring(line.indexOf(':'));
            return lower.endsWith("\\") ? lower.substring(0, lower.length() - 1).toUpperCase() : lower;
        });
        PathDat pathDat = settings.newPathDat()
                .withSlaveHosts(List.of("192.168.100.85", "192.168.100.84"))
                .withConfigPath("\\\\192.168.100.74\\ICEWARP\\share\\config")
                .withRemoteConnection(settings.pathDatChange(PathDatLine.REMOTE_CONNECTION).orElseThrow().value()
                        .replace("|", " | "));

        DriftReport report = DriftCheck.check(settings, ToolGetOutput.parse(output), pathDat);

        assertThat(report.differences()).as(report.toString()).isEmpty();
    }

    @Test
    void check_missingVariable_isReported() {
        NodeSettings settings = NodeSettings.of(GuideCluster.windows(), "2");
        String output = toolOutputOf(settings, line -> line.startsWith("C_System_Storage_LB_ServerID") ? null : line);

        DriftReport report = DriftCheck.check(settings, output, settings.newPathDat().format());

        assertThat(report.differences()).singleElement().satisfies(drift -> {
            assertThat(drift.kind()).isEqualTo(Drift.Kind.MISSING_VARIABLE);
            assertThat(drift.actual()).isEmpty();
            assertThat(drift.expected()).isEqualTo("2");
        });
    }

    @Test
    void check_wrongPasswords_masksEveryValueInReportAndJson() throws Exception {
        NodeSettings settings = NodeSettings.of(GuideCluster.windows(), "2");
        String output = toolOutputOf(settings, line -> line.replace(GuideCluster.DATABASE_PASSWORD, "old-db-secret"));
        PathDat pathDat = settings.newPathDat().withRemoteConnection(settings.pathDatChange(PathDatLine.REMOTE_CONNECTION)
                .orElseThrow().value().replace(GuideCluster.SHARE_PASSWORD, "old-share-secret"));

        DriftReport report = DriftCheck.check(settings, ToolGetOutput.parse(output), pathDat);

        assertThat(report.differences()).hasSize(7);
        assertThat(report.differences()).allMatch(Drift::isSecret);
        String json = new ObjectMapper().writeValueAsString(report);
        for (String text : List.of(json, report.toString())) {
            assertThat(text).doesNotContain("old-db-secret").doesNotContain("old-share-secret")
                    .doesNotContain(GuideCluster.SHARE_PASSWORD).doesNotContain("db-pw");
        }
        assertThat(json).contains("\"clean\":false").contains("iw_accounts;icewarp;****;192.168.100.80:3306;3;2");
        assertThat(report.differences().get(0).fixWithSecrets()).contains("db-pw");
    }

    @Test
    void fix_linuxVariable_realBashSetsExactValue() {
        StandInInstall install = StandInInstall.create(dir);
        NodeSettings settings = NodeSettings.of(ToolScriptRendererTest.linuxClusterIn(install), "1");
        String output = toolOutputOf(settings, line -> line.startsWith("C_ActiveSync_DBPass") ? "C_ActiveSync_DBPass: x"
                : line);

        Drift drift = DriftCheck.check(settings, output, settings.newPathDat().format()).differences().get(0);
        Bash.Result result = install.run(drift.fixWithSecrets() + "\n");

        assertThat(result.exitCode()).as(result.errors()).isZero();
        assertThat(install.calls()).containsExactly(List.of("tool.sh", "set", "system", "C_ActiveSync_DBPass",
                GuideCluster.DATABASE_PASSWORD));
        assertThat(drift.fix()).endsWith("C_ActiveSync_DBPass '****'");
    }

    @Test
    void toolGetCommand_namesEveryVariable() {
        NodeSettings windows = NodeSettings.of(GuideCluster.windows(), "1");
        NodeSettings linux = NodeSettings.of(GuideCluster.linux(), "1");

        assertThat(DriftCheck.toolGetCommand(windows)).startsWith("& 'C:\\Program Files\\IceWarp\\tool.exe' get system "
                + "C_System_Storage_Dir_MailPath C_System_Storage_Dir_TempPath");
        assertThat(DriftCheck.toolGetCommand(linux)).startsWith("'/opt/icewarp/tool.sh' get system ")
                .endsWith("C_AS_SpamReportsDBPass");
    }
}
