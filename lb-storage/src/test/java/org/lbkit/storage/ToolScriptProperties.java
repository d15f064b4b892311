package org.lbkit.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lbkit.model.Cluster;
import org.lbkit.model.Databases;
import org.lbkit.model.Node;
import org.lbkit.model.Secret;
import org.lbkit.model.Share;
import org.lbkit.storage.testing.Bash;
import org.lbkit.storage.testing.GuideCluster;
import org.lbkit.storage.testing.PowerShellLiterals;
import org.lbkit.storage.testing.StandInInstall;
import org.lbkit.storage.testing.TrickyStrings;
import org.quicktheories.core.Gen;

/**
 * Shows that any value the model accepts reaches IceWarp's tool unchanged through the rendered
 * scripts. The model rejects ';' and '|' in passwords and users, because IceWarp's strings have no
 * escape for them, so the generators leave those out; the local temp path is any text after an
 * absolute prefix, line breaks included. Examples the validator rejects are skipped.
 */
final class ToolScriptProperties {

    @TempDir
    Path dir;

    private static Gen<String> credential() {
        // A trailing blank would be taken as padding around '|', so the remote connection rejects it.
        return TrickyStrings.singleLineWithout(";|").map(value -> value.isBlank() || value.endsWith(" ")
                || value.endsWith("\t") || value.endsWith("\u00A0") ? value + "x" : value);
    }

    private static boolean accepted(Cluster base, String password, String user, String temp) {
        return clusterWith(base, password, user, temp).validate().isValid();
    }

    private static Cluster clusterWith(Cluster base, String password, String user, String temp) {
        return Cluster.builder().from(base)
                .share(Share.builder().from(base.share()).password(Secret.of(password)).build())
                .databases(Databases.builder().from(base.databases()).user(user).password(Secret.of(password)).build())
                .nodes(base.nodes().stream().map(node -> Node.builder().from(node).tempPath(temp).build()).toList())
                .build();
    }

    @Test
    void bash_anyAcceptedValue_reachesToolUnchanged() {
        qt().withExamples(25).withGenerateAttempts(20_000)
                .forAll(credential(), credential(), TrickyStrings.multiLine().map(t -> "/opt/iw " + t))
                .assuming((password, user, temp) -> accepted(GuideCluster.linux(), password, user, temp))
                .checkAssert((password, user, temp) -> {
                    StandInInstall install = StandInInstall.create(dir);
                    Cluster cluster = clusterWith(ToolScriptRendererTest.linuxClusterIn(install), password, user, temp);
                    NodeSettings settings = NodeSettings.of(cluster, "1");

                    Bash.Result result = install.run(ToolScriptRenderer.render(settings).content());

                    assertThat(result.exitCode()).as(result.errors()).isZero();
                    assertThat(install.calls()).containsExactlyElementsOf(
                            ToolScriptRendererTest.expectedBashCalls(settings));
                    assertThat(install.calls()).contains(List.of("tool.sh", "set", "system", "C_ActiveSync_DBPass",
                            password));
                    assertThat(install.calls()).contains(List.of("tool.sh", "set", "system",
                            "C_System_Storage_Dir_TempPath", temp.endsWith("/") ? temp : temp + "/"));
                    assertThat(PathDat.read(install.pathDat()).format()).isEqualTo(settings.newPathDat().format());
                });
    }

    @Test
    void powerShell_anyAcceptedValue_reachesToolExeUnchanged() {
        qt().withExamples(300).withGenerateAttempts(20_000)
                .forAll(credential(), credential(), TrickyStrings.multiLine().map(t -> "C:\\IW " + t))
                .assuming((password, user, temp) -> accepted(GuideCluster.windows(), password, user, temp))
                .checkAssert((password, user, temp) -> {
                    NodeSettings settings = NodeSettings.of(clusterWith(GuideCluster.windows(), password, user, temp),
                            "1");

                    String script = ToolScriptRenderer.render(settings).content();

                    List<List<String>> calls = ToolScriptRendererTest.PowerShellToolCalls.of(script);
                    assertThat(calls).hasSize(settings.apiVariables().size() + settings.tableCreations().size());
                    assertThat(calls).contains(List.of("set", "system", "C_ActiveSync_DBPass", password));
                    assertThat(calls).contains(List.of("set", "system", "C_System_Storage_Dir_TempPath",
                            temp.endsWith("\\") ? temp : temp + "\\"));
                    Matcher line5 = Pattern.compile("\\$Lines\\[4\\] = ").matcher(script);
                    assertThat(line5.find()).isTrue();
                    assertThat(PowerShellLiterals.firstAfter(script, line5.end()))
                            .isEqualTo(settings.pathDatChange(PathDatLine.REMOTE_CONNECTION).orElseThrow().value())
                            .contains(";" + password + "|");
                });
    }
}
