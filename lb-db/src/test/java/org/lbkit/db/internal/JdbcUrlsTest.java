package org.lbkit.db.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.lbkit.model.DatabaseServer;
import org.lbkit.model.LbValidationException;

final class JdbcUrlsTest {

    @Test
    void redact_passwordParameters_areMasked() {
        assertThat(JdbcUrls.redact("jdbc:mysql://db:3306/?user=root&password=s3cr%27t&sslMode=REQUIRED"))
                .isEqualTo("jdbc:mysql://db:3306/?user=root&password=****&sslMode=REQUIRED");
        assertThat(JdbcUrls.redact("jdbc:mysql://db/?trustCertificateKeyStorePassword=abc"))
                .isEqualTo("jdbc:mysql://db/?trustCertificateKeyStorePassword=****");
    }

    @Test
    void redact_userInfoAndAddressForm_areMasked() {
        assertThat(JdbcUrls.redact("jdbc:mysql://root:pw@db:3306/")).isEqualTo("jdbc:mysql://root:****@db:3306/");
        assertThat(JdbcUrls.redact("jdbc:mysql://address=(host=db)(port=3306)(password=pw)/"))
                .isEqualTo("jdbc:mysql://address=(host=db)(port=3306)(password=****)/");
    }

    @Test
    void redact_urlWithoutSecret_isUnchanged() {
        assertThat(JdbcUrls.redact("jdbc:mysql://[::1]:3306/")).isEqualTo("jdbc:mysql://[::1]:3306/");
    }

    @Test
    void forServer_ipv6Host_isBracketed() {
        assertThat(JdbcUrls.forServer(DatabaseServer.of("2001:db8::80", 3307)))
                .isEqualTo("jdbc:mysql://[2001:db8::80]:3307/");
        assertThat(JdbcUrls.forServer(DatabaseServer.of("db.example"))).isEqualTo("jdbc:mysql://db.example:3306/");
    }

    @Test
    void checkAdminUrl_databaseInPath_isRejected() {
        assertThatThrownBy(() -> JdbcUrls.checkAdminUrl("jdbc:mysql://db:3306/iw_accounts?connectTimeout=1"))
                .isInstanceOf(LbValidationException.class)
                .hasMessageContaining("'iw_accounts'")
                .hasMessageContaining("must name none");
    }

    @Test
    void checkAdminUrl_reservedParameter_namesTheBuilderOption() {
        assertThatThrownBy(() -> JdbcUrls.checkAdminUrl("jdbc:mysql://db/?sslMode=DISABLED"))
                .isInstanceOf(LbValidationException.class)
                .hasMessageContaining("sslMode(...)");
    }

    @Test
    void checkAdminUrl_passwordInUrl_isRejectedWithoutShowingIt() {
        assertThatThrownBy(() -> JdbcUrls.checkAdminUrl("jdbc:mysql://root:hunter2@db/"))
                .isInstanceOf(LbValidationException.class)
                .hasMessageContaining("adminPassword")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void checkAdminUrl_otherScheme_isRejected() {
        assertThatThrownBy(() -> JdbcUrls.checkAdminUrl("jdbc:postgresql://db/"))
                .isInstanceOf(LbValidationException.class)
                .hasMessageContaining("jdbc:mysql://");
    }

    @Test
    void checkAdminUrl_hostsWithoutDatabase_areAccepted() {
        assertThat(JdbcUrls.checkAdminUrl("jdbc:mysql://[::1]:3306/")).isEqualTo("jdbc:mysql://[::1]:3306/");
        assertThat(JdbcUrls.checkAdminUrl("jdbc:mysql://db:3306?useCompression=true"))
                .isEqualTo("jdbc:mysql://db:3306?useCompression=true");
    }
}
