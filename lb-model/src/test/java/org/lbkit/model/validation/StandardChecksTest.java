package org.lbkit.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lbkit.model.validation.Fixtures.cluster;
import static org.lbkit.model.validation.Fixtures.guide;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lbkit.model.Cluster;
import org.lbkit.model.ClusterFiles;
import org.lbkit.model.DatabaseRole;
import org.lbkit.model.DatabaseServer;
import org.lbkit.model.DatabaseStorage;
import org.lbkit.model.Databases;
import org.lbkit.model.Finding;
import org.lbkit.model.Node;
import org.lbkit.model.Severity;
import org.lbkit.model.Share;
import org.lbkit.model.ValidationReport;

final class StandardChecksTest {

    @Test
    void validate_guideExample_hasOnlyTheKnownInfos() {
        ValidationReport report = guide().validate();

        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).isEmpty();
        assertThat(report.findings()).extracting(Finding::rule)
                .containsExactly("licence-unknown", "spof-database", "spof-share", "spof-load-balancer");
    }

    @Test
    void validate_guideYamlFile_hasNoError() {
        String yaml = String.join("\n",
                "name: mail",
                "share:",
                "  root: '\\\\192.168.100.74\\icewarp\\share\\'",
                "  user: IceWarp",
                "  password: env:IW_SHARE_PASSWORD",
                "databases:",
                "  server: { host: 192.168.100.80, port: 3306 }",
                "  user: icewarp",
                "  password: env:IW_DB_PASSWORD",
                "nodes:",
                "  - { id: \"1\", name: server1, address: 192.168.100.83, master: true, platform: windows }",
                "  - { id: \"2\", name: server2, address: 192.168.100.84, platform: windows }",
                "  - { id: \"3\", name: server3, address: 192.168.100.85, platform: windows }");

        assertThat(ClusterFiles.readYaml(yaml).validate().errors()).isEmpty();
    }

    @Test
    void clusterName_withSlash_isError() {
        Fixtures.assertFinding(cluster(c -> c.name("mail/eu")), "cluster-name-invalid", Severity.ERROR, "name",
                "'mail/eu'", "'/'");
    }

    @Test
    void validate_fiveProblems_reportsAllFive() {
        Cluster broken = cluster(c -> c
                .share(Share.builder().from(guide().share()).root("S:\\share\\").build())
                .databases(Databases.builder().from(guide().databases())
                        .server(DatabaseServer.of("127.0.0.1"))
                        .putStorages(DatabaseRole.GROUPWARE, DatabaseStorage.SQLITE)
                        .build())
                .nodes(List.of(Node.master("1", "server1", "192.168.100.83"),
                        Node.master("123", "server2", "192.168.100.84"))));

        ValidationReport report = broken.validate();

        assertThat(report.errors()).extracting(Finding::rule).containsExactlyInAnyOrder("single-master",
                "server-id-length", "share-root-not-unc", "database-host-loopback", "sqlite-not-shared");
        assertThat(report.isValid()).isFalse();
    }

    @Test
    void validate_everyFinding_hasRulePathMessageAndFix() {
        Cluster broken = cluster(c -> c.nodes(List.of(Node.slave("", "", ""))));

        List<Finding> findings = broken.validate().findings();

        assertThat(findings).isNotEmpty().allSatisfy(finding -> {
            assertThat(finding.rule()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(finding.message()).isNotBlank();
            assertThat(finding.fix()).isNotBlank();
        });
        assertThat(findings).extracting(Finding::severity).contains(Severity.ERROR);
    }
}
