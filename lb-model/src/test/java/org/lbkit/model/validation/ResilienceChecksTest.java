package org.lbkit.model.validation;

import static org.lbkit.model.validation.Fixtures.assertFinding;
import static org.lbkit.model.validation.Fixtures.assertNoFinding;
import static org.lbkit.model.validation.Fixtures.cluster;
import static org.lbkit.model.validation.Fixtures.databases;
import static org.lbkit.model.validation.Fixtures.guide;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lbkit.model.DatabaseServer;
import org.lbkit.model.LoadBalancer;
import org.lbkit.model.MailService;
import org.lbkit.model.Severity;

final class ResilienceChecksTest {

    @Test
    void database_withoutBackup_isInfo() {
        assertFinding(guide(), "spof-database", Severity.INFO, "databases.server", "192.168.100.80:3306");
    }

    @Test
    void database_withBackup_isNotReported() {
        assertNoFinding(databases(d -> d.backup(DatabaseServer.of("192.168.100.81"))), "spof-database");
    }

    @Test
    void share_always_isInfo() {
        assertFinding(guide(), "spof-share", Severity.INFO, "share.root", "\\\\192.168.100.74\\icewarp\\share\\");
    }

    @Test
    void loadBalancer_always_isInfo() {
        assertFinding(cluster(c -> c.loadBalancer(LoadBalancer.builder().name("mail.example.com").build())),
                "spof-load-balancer", Severity.INFO, "loadBalancer", "mail.example.com");
    }

    @Test
    void loadBalancer_invalidName_isError() {
        assertFinding(cluster(c -> c.loadBalancer(LoadBalancer.builder().name("mail example").build())),
                "load-balancer-name-invalid", Severity.ERROR, "loadBalancer.name", "mail example");
    }

    @Test
    void loadBalancer_invalidAddress_isError() {
        assertFinding(cluster(c -> c.loadBalancer(LoadBalancer.builder().address("10.0.0.256").build())),
                "load-balancer-address-invalid", Severity.ERROR, "loadBalancer.address", "10.0.0.256");
    }

    @Test
    void loadBalancer_nodeAddress_isWarning() {
        assertFinding(cluster(c -> c.loadBalancer(LoadBalancer.builder().address("192.168.100.84").build())),
                "load-balancer-on-node", Severity.WARNING, "loadBalancer.address", "'192.168.100.84'", "server2");
    }

    @Test
    void loadBalancer_portInTwoServices_isError() {
        LoadBalancer balancer = LoadBalancer.builder()
                .putServices(MailService.SMTP, List.of(25, 587))
                .putServices(MailService.HTTP, List.of(80, 587))
                .build();

        assertFinding(cluster(c -> c.loadBalancer(balancer)), "load-balancer-port-conflict", Severity.ERROR,
                "loadBalancer.services.http", "587", "SMTP", "HTTP");
    }
}
