package org.lbkit.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lbkit.model.Cluster;
import org.lbkit.model.LbValidationException;
import org.lbkit.model.LoadBalancer;
import org.lbkit.model.MailService;
import org.lbkit.model.Node;
import org.lbkit.storage.testing.Bash;
import org.lbkit.storage.testing.Binaries;
import org.lbkit.storage.testing.GuideCluster;
import org.lbkit.storage.testing.PowerShellLiterals;

final class LoadBalancerRendererTest {

    @TempDir
    Path dir;

    @Test
    void haproxy_guideCluster_passesRealChecker() throws Exception {
        RenderedFile file = LoadBalancerRenderer.of(GuideCluster.windows()).haproxy();

        String output = checkWithHaproxy(file.content());

        assertThat(output).contains("Configuration file is valid");
        assertThat(output).doesNotContain("[WARNING]").doesNotContain("[ALERT]");
    }

    @Test
    void haproxy_customPortsAndIpv6_passesRealChecker() throws Exception {
        Cluster cluster = GuideCluster.windowsBuilder()
                .loadBalancer(LoadBalancer.builder()
                        .address("2001:db8::90")
                        .services(Map.of(MailService.SMTP, List.of(2525, 465), MailService.IMAP, List.of(1143, 1993)))
                        .build())
                .nodes(List.of(Node.master("1", "server1", "2001:db8::83"),
                        Node.slave("2", "server2", "node2.example.invalid")))
                .build();

        String config = LoadBalancerRenderer.of(cluster).haproxy().content();

        assertThat(config).contains("    bind [2001:db8::90]:2525")
                .contains("    server server1 [2001:db8::83]:1993 check verify none backup")
                .contains("backend imap_1993\n    balance leastconn\n    option tcp-check\n    tcp-check connect ssl\n");
        assertThat(checkWithHaproxy(config)).contains("Configuration file is valid").doesNotContain("[ALERT]");
    }

    @Test
    void haproxy_guideCluster_hasOneBackendPerPortWithMasterAsBackup() {
        String config = LoadBalancerRenderer.of(GuideCluster.windows()).haproxy().content();

        for (int port : List.of(25, 465, 587, 110, 995, 143, 993, 5222, 5223, 80, 443)) {
            assertThat(config).as("port %d", port).containsPattern("frontend \\w+_" + port + "\n    bind 192.168.100.90:"
                    + port + "\n");
            assertThat(config).as("port %d", port).contains("192.168.100.83:" + port + " check");
            assertThat(config).as("port %d", port).containsPattern("server server1 192.168.100.83:" + port
                    + " check( check-ssl)?( verify none)? backup\n");
            assertThat(config).as("port %d", port).containsPattern("server server2 192.168.100.84:" + port
                    + " check( check-ssl)?( verify none)?\n");
        }
        assertThat(config.split("\n backup|backup\n", -1)).hasSize(12);
    }

    @Test
    void haproxy_guideCluster_checksEachProtocol() {
        String config = LoadBalancerRenderer.of(GuideCluster.windows()).haproxy().content();

        assertThat(backend(config, "smtp_25")).contains("tcp-check expect rstring ^220").doesNotContain("connect ssl");
        assertThat(backend(config, "smtp_465")).contains("tcp-check connect ssl", "tcp-check expect rstring ^220");
        assertThat(backend(config, "smtp_587")).contains("tcp-check expect rstring ^220").doesNotContain("connect ssl");
        assertThat(backend(config, "pop3_110")).contains("tcp-check expect string \"+OK\"");
        assertThat(backend(config, "pop3_995")).contains("tcp-check connect ssl", "expect string \"+OK\"");
        assertThat(backend(config, "imap_143")).contains("tcp-check expect string \"* OK\"");
        assertThat(backend(config, "imap_993")).contains("tcp-check connect ssl", "expect string \"* OK\"");
        assertThat(backend(config, "xmpp_5222")).contains("to='mail.example.com'", "expect string \"<stream:stream\"");
        assertThat(backend(config, "http_80")).contains("option httpchk", "http-check expect status 200-399",
                "hdr Host mail.example.com");
        assertThat(backend(config, "http_443")).contains("option httpchk", "check check-ssl verify none");
    }

    @Test
    void haproxy_containsNoSecret() {
        RenderedFile file = LoadBalancerRenderer.of(GuideCluster.windows()).haproxy();

        assertThat(file.containsSecrets()).isFalse();
        assertThat(file.content()).doesNotContain(GuideCluster.SHARE_PASSWORD).doesNotContain("db-pw");
        assertThat(file.redacted().content()).isEqualTo(file.content());
    }

    @Test
    void haproxy_nodeNameWithSpace_throwsNamingNode() {
        Cluster cluster = GuideCluster.windowsBuilder()
                .nodes(List.of(Node.master("1", "server 1", "10.0.0.1"), Node.slave("2", "server2", "10.0.0.2")))
                .build();

        assertThatThrownBy(() -> LoadBalancerRenderer.of(cluster).haproxy())
                .isInstanceOf(LbStorageException.class)
                .hasMessageContaining("'server 1'");
    }

    @Test
    void of_clusterWithoutMaster_throwsValidation() {
        Cluster cluster = GuideCluster.windowsBuilder()
                .nodes(List.of(Node.slave("1", "a", "10.0.0.1"), Node.slave("2", "b", "10.0.0.2")))
                .build();

        assertThatThrownBy(() -> LoadBalancerRenderer.of(cluster)).isInstanceOf(LbValidationException.class);
    }

    @Test
    void balance_guideCluster_realBashPassesSlavesThenMasterGroup() throws IOException {
        RenderedFile file = LoadBalancerRenderer.of(GuideCluster.windows()).balance();
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path log = dir.resolve("calls");
        Files.createDirectories(log);
        Path standIn = bin.resolve("balance");
        Files.writeString(standIn, "#!/usr/bin/env bash\nn=$(ls \"$CALLS\" | wc -l)\nprintf '%s\\0' \"$@\" > \"$CALLS/$n\"\n");
        standIn.toFile().setExecutable(true);
        Path script = dir.resolve("balance.sh");
        Files.writeString(script, file.content());

        Bash.Result result = Bash.run(script, Map.of("PATH", bin + ":" + System.getenv("PATH"), "CALLS", log.toString()));

        assertThat(result.exitCode()).as(result.errors()).isZero();
        assertThat(file.isExecutable()).isTrue();
        assertThat(Bash.splitOnNul(Files.readAllBytes(log.resolve("0")))).containsExactly("-b", "192.168.100.90", "25",
                "192.168.100.84:25", "192.168.100.85:25", "!", "192.168.100.83:25");
        assertThat(Files.list(log).count()).isEqualTo(11);
        assertThat(LoadBalancerRenderer.of(GuideCluster.windows()).balanceCommandLines()).hasSize(11)
                .first().isEqualTo("balance -b '192.168.100.90' 25 '192.168.100.84:25' '192.168.100.85:25' '!'"
                        + " '192.168.100.83:25'");
    }

    @Test
    void balance_ipv6Node_throwsNamingNode() {
        Cluster cluster = GuideCluster.windowsBuilder()
                .nodes(List.of(Node.master("1", "server1", "2001:db8::1"), Node.slave("2", "server2", "10.0.0.2")))
                .build();
        LoadBalancerRenderer renderer = LoadBalancerRenderer.of(cluster);

        assertThatThrownBy(renderer::balance).isInstanceOf(LbStorageException.class).hasMessageContaining("server1");
        assertThat(renderer.renderAll()).extracting(RenderedFile::path)
                .containsExactly("load-balancer/haproxy.cfg", "load-balancer/nlb.ps1");
    }

    @Test
    void windowsNlb_guideCluster_addsNodesRulesAndZeroWeightMaster() {
        RenderedFile file = LoadBalancerRenderer.of(GuideCluster.windows()).windowsNlb();
        String script = file.content();

        assertThat(file.hasByteOrderMark()).isTrue();
        assertThat(file.bytes()).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(script).contains("[string] $ClusterIp = '192.168.100.90',")
                .contains("-ClusterName 'mail.example.com' -OperationMode Multicast")
                .contains("Add-NlbClusterNode -NewNodeName '192.168.100.83'")
                .contains("Add-NlbClusterNode -NewNodeName '192.168.100.85'")
                .doesNotContain("-NewNodeName '192.168.100.84'")
                .contains("Get-NlbClusterPortRule | Remove-NlbClusterPortRule -Force");
        for (int port : List.of(25, 465, 587, 110, 995, 143, 993, 5222, 5223, 80, 443)) {
            assertThat(script).contains("-StartPort " + port + " -EndPort " + port + " -Mode Multiple");
            assertThat(script).contains("Set-NlbClusterPortRuleNodeWeight -Port " + port
                    + " -IP $ClusterIp -InterfaceName $InterfaceName -HostName '192.168.100.83' -LoadWeight 0");
        }
        assertThat(script).contains("\r\n").doesNotContain("\n\n");
        assertThat(PowerShellLiterals.decodeAll(script)).contains("mail.example.com", "192.168.100.83");
    }

    @Test
    void windowsNlb_linuxNode_throws() {
        assertThatThrownBy(() -> LoadBalancerRenderer.of(GuideCluster.linux()).windowsNlb())
                .isInstanceOf(LbStorageException.class)
                .hasMessageContaining("LINUX");
        assertThat(LoadBalancerRenderer.of(GuideCluster.linux()).renderAll()).extracting(RenderedFile::path)
                .containsExactly("load-balancer/haproxy.cfg", "load-balancer/balance.sh");
    }

    private static String backend(String config, String name) {
        int start = config.indexOf("\nbackend " + name + "\n");
        int end = config.indexOf("\n\n", start);
        return config.substring(start, end < 0 ? config.length() : end);
    }

    private String checkWithHaproxy(String config) throws IOException, InterruptedException {
        Path haproxy = Binaries.require("haproxy", "/usr/sbin/haproxy", "/usr/bin/haproxy", "/usr/local/sbin/haproxy");
        Path file = dir.resolve("haproxy.cfg");
        Files.writeString(file, config, StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of(haproxy.toString(), "-c", "-f", file.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
