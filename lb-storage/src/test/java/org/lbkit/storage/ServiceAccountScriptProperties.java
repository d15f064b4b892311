package org.lbkit.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.lbkit.model.Cluster;
import org.lbkit.model.Secret;
import org.lbkit.model.Share;
import org.lbkit.storage.testing.GuideCluster;
import org.lbkit.storage.testing.TrickyStrings;

final class ServiceAccountScriptProperties {

    @Test
    void render_anyPasswordAndUser_comeOutOfTheLiteralsUnchanged() {
        qt().withExamples(300).withGenerateAttempts(20_000)
                .forAll(TrickyStrings.singleLineWithout(";|"), TrickyStrings.singleLineWithout(";|"))
                .assuming((password, user) -> withShareAccount(password, user).validate().isValid())
                .checkAssert((password, user) -> {
            Cluster cluster = withShareAccount(password, user);

            String script = ServiceAccountScriptRenderer.render(cluster, "1").content();

            assertThat(ServiceAccountScriptRendererTest.assigned(script, "PlainPassword")).isEqualTo(password);
            assertThat(ServiceAccountScriptRendererTest.assigned(script, "UserName")).isEqualTo(user);
        });
    }

    private static Cluster withShareAccount(String password, String user) {
        return Cluster.builder().from(GuideCluster.windows())
                .share(Share.builder().from(GuideCluster.windows().share()).user(user).password(Secret.of(password)).build())
                .build();
    }
}
