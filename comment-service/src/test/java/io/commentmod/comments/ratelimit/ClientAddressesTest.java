package io.commentmod.comments.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientAddressesTest {

    @Test
    void withoutTrustedProxiesTheRemoteAddressCountsAndForwardedForIsIgnored() {
        ClientAddresses clients = new ClientAddresses(List.of());

        assertThat(clients.keyOf(request("203.0.113.9", "198.51.100.1"))).isEqualTo("203.0.113.9");
    }

    @Test
    void behindATrustedProxyTheAddressItSawCounts() {
        ClientAddresses clients = new ClientAddresses(List.of("10.0.0.0/8"));

        assertThat(clients.keyOf(request("10.1.2.3", "198.51.100.1"))).isEqualTo("198.51.100.1");
    }

    @Test
    void addressesTheClientWroteIntoForwardedForItselfAreNotBelieved() {
        // Given a client that sends a forged header through two trusted proxies
        ClientAddresses clients = new ClientAddresses(List.of("10.0.0.0/8", "192.0.2.7"));
        MockHttpServletRequest request = request("10.1.2.3", "1.1.1.1, 203.0.113.50, 192.0.2.7");

        // Then the right-most address that is not a proxy is the client, not the forged left-most one
        assertThat(clients.keyOf(request)).isEqualTo("203.0.113.50");
    }

    @Test
    void forwardedForSpreadOverSeveralHeadersIsReadAsOneList() {
        ClientAddresses clients = new ClientAddresses(List.of("10.0.0.0/8"));
        MockHttpServletRequest request = request("10.1.2.3", "1.1.1.1");
        request.addHeader(ClientAddresses.FORWARDED_FOR, "203.0.113.50, 10.9.9.9");

        assertThat(clients.keyOf(request)).isEqualTo("203.0.113.50");
    }

    @Test
    void aRequestFromAnUntrustedAddressCannotChooseItsKey() {
        ClientAddresses clients = new ClientAddresses(List.of("10.0.0.0/8"));

        assertThat(clients.keyOf(request("203.0.113.9", "198.51.100.1"))).isEqualTo("203.0.113.9");
    }

    @Test
    void somethingThatIsNotAnAddressStopsTheWalkAtTheLastTrustedHop() {
        ClientAddresses clients = new ClientAddresses(List.of("10.0.0.0/8"));

        assertThat(clients.keyOf(request("10.1.2.3", "example.org"))).isEqualTo("10.1.2.3");
        assertThat(clients.keyOf(request("10.1.2.3", "999.1.1.1"))).isEqualTo("10.1.2.3");
    }

    @Test
    void ipv6ClientsAreCountedPerSlash64() {
        ClientAddresses clients = new ClientAddresses(List.of());

        assertThat(clients.keyOf(request("2001:db8:1:2:aaaa::1", null)))
                .isEqualTo(clients.keyOf(request("2001:db8:1:2:bbbb::2", null)))
                .isEqualTo("20010db800010002::/64");
        assertThat(clients.keyOf(request("2001:db8:1:3::1", null))).isNotEqualTo("20010db800010002::/64");
    }

    @Test
    void ipv4MappedIpv6AddressesCountAsTheIpv4Address() {
        ClientAddresses clients = new ClientAddresses(List.of("::1"));

        assertThat(clients.keyOf(request("0:0:0:0:0:0:0:1", "::ffff:203.0.113.5"))).isEqualTo("203.0.113.5");
    }

    @Test
    void trustedProxiesThatAreNotAddressesAreRefusedAtStartup() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ClientAddresses(List.of("proxy.example.org")));
        assertThatIllegalArgumentException().isThrownBy(() -> new ClientAddresses(List.of("10.0.0.0/33")));
        assertThatIllegalArgumentException().isThrownBy(() -> new ClientAddresses(List.of("10.0.0.0/x")));
    }

    private static MockHttpServletRequest request(String remoteAddress, String forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/comments");
        request.setRemoteAddr(remoteAddress);
        if (forwardedFor != null) {
            request.addHeader(ClientAddresses.FORWARDED_FOR, forwardedFor);
        }
        return request;
    }
}
