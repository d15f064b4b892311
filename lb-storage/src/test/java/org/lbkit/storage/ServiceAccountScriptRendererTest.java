package org.lbkit.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.lbkit.model.Cluster;
import org.lbkit.model.Share;
import org.lbkit.storage.testing.GuideCluster;
import org.lbkit.storage.testing.PowerShellLiterals;

final class ServiceAccountScriptRendererTest {

    static String assigned(String script, String variable) {
        Matcher matcher = Pattern.compile("(?m)^\\$" + variable + " = ").matcher(script);
        assertThat(matcher.find()).as(variable).isTrue();
        return PowerShellLiterals.firstAfter(script, matcher.end());
    }

    @Test
    void render_guideNode_createsLocalAccountWithShareCredentials() {
        RenderedFile file = ServiceAccountScriptRenderer.render(GuideCluster.windows(), "2");
        String script = file.content();

        assertThat(file.path()).isEqualTo("server2/service-account.ps1");
        assertThat(file.containsSecrets()).isTrue();
        assertThat(file.hasByteOrderMark()).isTrue();
        assertThat(assigned(script, "UserName")).isEqualTo("IceWarp");
        assertThat(assigned(script, "Account")).isEqualTo(".\\IceWarp");
        assertThat(assigned(script, "PlainPassword")).isEqualTo(GuideCluster.SHARE_PASSWORD);
        assertThat(script).contains("#Requires -RunAsAdministrator")
                .contains("if (Get-LocalUser -Name $UserName -ErrorAction SilentlyContinue) {")
                .contains("New-LocalUser -Name $UserName -Password $Password")
                .contains("Get-LocalGroup -SID 'S-1-5-32-544'")
                .contains("Add-LocalGroupMember -Group $Administrators -Member $Account")
                .contains("SeServiceLogonRight")
                .contains("-MethodName Change")
                .contains("StartName = $Account; StartPassword = $PlainPassword")
                .contains("Restart-Service -Name $name -Force");
    }

    @Test
    void render_guideNode_coversEveryIceWarpServiceAndAntivirus() {
        String script = ServiceAccountScriptRenderer.render(GuideCluster.windows(), "1").content();

        for (String service : new String[] {"IceWarpControl", "IceWarpSMTP", "IceWarpPOP3", "IceWarpIM",
            "IceWarpCalendar", "yoda", "yoda-scan"}) {
            assertThat(script).contains("'" + service + "'");
        }
        assertThat(script).contains("$_.DisplayName -like '*Kaspersky*'");
    }

    @Test
    void render_domainAccount_usesDomainUserWithoutLocalUser() {
        Cluster cluster = Cluster.builder().from(GuideCluster.windows())
                .share(Share.builder().from(GuideCluster.windows().share()).domain("CORP").build())
                .build();

        String script = ServiceAccountScriptRenderer.render(cluster, "1").content();

        assertThat(assigned(script, "Account")).isEqualTo("CORP\\IceWarp");
        assertThat(script).doesNotContain("New-LocalUser").contains("domain account");
    }

    @Test
    void redacted_hidesSharePassword() {
        RenderedFile redacted = ServiceAccountScriptRenderer.render(GuideCluster.windows(), "1").redacted();

        assertThat(redacted.content()).doesNotContain(GuideCluster.SHARE_PASSWORD).contains("do not run it");
        assertThat(assigned(redacted.content(), "PlainPassword")).isEqualTo("****");
    }

    @Test
    void render_linuxNode_throws() {
        assertThatThrownBy(() -> ServiceAccountScriptRenderer.render(GuideCluster.linux(), "1"))
                .isInstanceOf(LbStorageException.class)
                .hasMessageContaining("Windows");
    }
}
