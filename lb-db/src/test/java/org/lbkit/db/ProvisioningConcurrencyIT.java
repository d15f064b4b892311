package org.lbkit.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lbkit.db.testing.MariaDbExtension;
import org.lbkit.db.testing.MariaDbServer;
import org.lbkit.model.Cluster;

final class ProvisioningConcurrencyIT {

    private static final int GUIDE_STEPS = 7 + 3 + 7 * 3;

    @RegisterExtension
    static final MariaDbExtension MARIADB = new MariaDbExtension();

    private MariaDbServer server;

    @BeforeEach
    void findServer() {
        server = MARIADB.server();
    }

    @Test
    void apply_runStoppedBetweenSteps_nextRunConverges() {
        Cluster cluster = TestClusters.guide(server).build();
        AtomicInteger started = new AtomicInteger();
        ProvisioningListener crash = new ProvisioningListener() {
            @Override
            public void beforeStep(ProvisioningStep step) {
                if (started.incrementAndGet() == 9) {
                    throw new IllegalStateException("simulated crash before " + step.kind());
                }
            }
        };

        assertThatThrownBy(() -> TestClusters.provisioner(server).listener(crash).build().apply(cluster))
                .hasMessageContaining("simulated crash");
        DatabaseProvisioner provisioner = TestClusters.provisioner(server).build();
        ProvisioningReport rerun = provisioner.apply(cluster).requireSuccess();

        assertThat(rerun.results(StepStatus.APPLIED)).hasSize(GUIDE_STEPS - 8);
        assertThat(provisioner.apply(cluster).results(StepStatus.APPLIED)).isEmpty();
    }

    @Test
    void apply_childJvmKilled_nextRunConverges() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ProvisionAndHalt.class.getName(),
                String.valueOf(server.port()), server.adminUser(), "12")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        child.getOutputStream().write(server.adminPassword().reveal().getBytes(StandardCharsets.UTF_8));
        child.getOutputStream().close();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isEqualTo(ProvisionAndHalt.HALT_STATUS);

        DatabaseProvisioner provisioner = TestClusters.provisioner(server).build();
        ProvisioningReport rerun = provisioner.apply(TestClusters.guide(server).build()).requireSuccess();

        assertThat(rerun.results(StepStatus.APPLIED)).hasSize(GUIDE_STEPS - 11);
        assertThat(rerun.results(StepStatus.UNCHANGED)).hasSize(11);
    }

    @Test
    void apply_twoRunsAtOnce_areSerialised() throws Exception {
        Cluster cluster = TestClusters.guide(server).build();
        CountDownLatch firstStepStarted = new CountDownLatch(1);
        ProvisioningListener slow = new ProvisioningListener() {
            @Override
            public void beforeStep(ProvisioningStep step) {
                firstStepStarted.countDown();
                pause(20);
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<ProvisioningReport> first = pool.submit(() ->
                    TestClusters.provisioner(server).listener(slow).build().apply(cluster));
            assertThat(firstStepStarted.await(30, TimeUnit.SECONDS)).isTrue();
            Future<ProvisioningReport> second = pool.submit(() ->
                    TestClusters.provisioner(server).build().apply(cluster));

            List<ProvisioningReport> reports = new ArrayList<>(List.of(first.get(60, TimeUnit.SECONDS),
                    second.get(60, TimeUnit.SECONDS)));

            assertThat(reports).allMatch(ProvisioningReport::isSuccessful);
            assertThat(reports.get(0).results(StepStatus.APPLIED)).hasSize(GUIDE_STEPS);
            assertThat(reports.get(1).results(StepStatus.APPLIED)).isEmpty();
            assertThat(reports.get(1).lockWaitMillis()).isPositive();
        } finally {
            pool.shutdownNow();
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
