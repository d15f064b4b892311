package org.lbkit.model.validation;

import static org.lbkit.model.validation.Fixtures.assertFinding;
import static org.lbkit.model.validation.Fixtures.assertNoFinding;
import static org.lbkit.model.validation.Fixtures.cluster;
import static org.lbkit.model.validation.Fixtures.guide;
import static org.lbkit.model.validation.Fixtures.node;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lbkit.model.Node;
import org.lbkit.model.Platform;
import org.lbkit.model.Severity;

final class LocalPathChecksTest {

    @Test
    void tempPath_insideShare_isError() {
        assertFinding(node(1, n -> n.tempPath("\\\\192.168.100.74\\icewarp\\share\\temp\\")), "temp-on-share",
                Severity.ERROR, "nodes[1].tempPath", "\\\\192.168.100.74\\icewarp\\share\\temp\\",
                "inside the cluster's share");
    }

    @Test
    void tempPath_otherNetworkPath_isError() {
        assertFinding(node(1, n -> n.tempPath("//nas/temp/")), "temp-on-share", Severity.ERROR,
                "nodes[1].tempPath", "'//nas/temp/'", "a network path");
    }

    @Test
    void logsPath_underLinuxShareMount_isError() {
        assertFinding(node(1, n -> n.platform(Platform.LINUX).shareMount("/mnt/icewarp/")
                        .logsPath("/mnt/icewarp//logs")), "logs-on-share", Severity.ERROR, "nodes[1].logsPath",
                "'/mnt/icewarp//logs'", "/mnt/icewarp/");
    }

    @Test
    void logsPath_besideLinuxShareMount_isAccepted() {
        assertNoFinding(node(1, n -> n.platform(Platform.LINUX).shareMount("/mnt/icewarp")
                .logsPath("/mnt/icewarp2/")), "logs-on-share");
    }

    @Test
    void tempPath_inProgramFiles_isInfo() {
        assertFinding(node(0, n -> n.tempPath("C:\\Program Files\\IceWarp\\temp\\")), "temp-in-program-files",
                Severity.INFO, "nodes[0].tempPath", "C:\\Program Files\\IceWarp\\temp\\");
    }

    @Test
    void logsPath_inProgramFilesX86_isInfo() {
        assertFinding(node(0, n -> n.logsPath("d:/program files (x86)/IceWarp/logs/")), "logs-in-program-files",
                Severity.INFO, "nodes[0].logsPath", "'d:/program files (x86)/IceWarp/logs/'");
    }

    @Test
    void tempPath_relative_isError() {
        assertFinding(node(2, n -> n.tempPath("temp\\")), "node-path-not-absolute", Severity.ERROR,
                "nodes[2].tempPath", "'temp\\'", "Windows");
    }

    @Test
    void installPath_windowsPathOnLinux_isError() {
        Node linux = Node.builder().id("3").name("server3").address("192.168.100.85").platform(Platform.LINUX)
                .shareMount("/mnt/icewarp/").installPath("C:\\IceWarp\\").build();

        assertFinding(cluster(c -> c.nodes(List.of(guide().nodes().get(0), guide().nodes().get(1), linux))),
                "node-path-not-absolute", Severity.ERROR, "nodes[2].installPath", "'C:\\IceWarp\\'", "Linux");
    }
}
