package org.lbkit.db.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.lbkit.model.LbValidationException;

final class HostAddressTest {

    @Test
    void parse_ipv4_isKeptAsIs() {
        HostAddress address = HostAddress.parse("192.168.100.83");

        assertThat(address.kind()).isEqualTo(HostAddress.Kind.IPV4);
        assertThat(address.host()).isEqualTo("192.168.100.83");
        assertThat(address.rewritten()).isFalse();
    }

    @Test
    void parse_ipv6LongForm_isCompressedLowerCase() {
        assertThat(HostAddress.parse("2001:DB8:0:0:0:0:0:0083").host()).isEqualTo("2001:db8::83");
        assertThat(HostAddress.parse("0:0:0:0:0:0:0:1").host()).isEqualTo("::1");
        assertThat(HostAddress.parse("[fe80::1:0:0:1]").host()).isEqualTo("fe80::1:0:0:1");
        assertThat(HostAddress.parse("2001:db8:0:1:0:0:0:1").host()).isEqualTo("2001:db8:0:1::1");
        assertThat(HostAddress.parse("2001:db8::83").rewritten()).isFalse();
    }

    @Test
    void parse_dnsName_isDnsKind() {
        HostAddress address = HostAddress.parse("mail-1.example.com");

        assertThat(address.kind()).isEqualTo(HostAddress.Kind.DNS_NAME);
        assertThat(address.host()).isEqualTo("mail-1.example.com");
    }

    @Test
    void parse_wildcardsAndZones_areRejected() {
        for (String bad : new String[] {"%", "192.168.100.%", "mail_1.example", "fe80::1%eth0", "", "a b"}) {
            assertThatThrownBy(() -> HostAddress.parse(bad)).as(bad).isInstanceOf(LbValidationException.class)
                    .hasMessageContaining("node address");
        }
    }

    @Test
    void parse_ipv4WithLeadingZeroOrTooLarge_isRejected() {
        assertThatThrownBy(() -> HostAddress.parse("192.168.100.083")).hasMessageContaining("leading zero");
        assertThatThrownBy(() -> HostAddress.parse("192.168.100.256")).hasMessageContaining("above 255");
    }

    @Test
    void parse_ipv4MappedIpv6_asksForIpv4() {
        assertThatThrownBy(() -> HostAddress.parse("::ffff:192.168.100.83")).hasMessageContaining("192.168.100.83");
    }
}
