package io.commentmod.comments.ratelimit;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Which client a request counts against. The remote address of the connection, unless that is a trusted proxy:
 * then {@code X-Forwarded-For} is read from the right (each proxy appends the address it saw) and the first address
 * that is not a trusted proxy is the client. Entries left of it were written by the client and prove nothing.
 */
final class ClientAddresses {

    static final String FORWARDED_FOR = "X-Forwarded-For";
    // Real chains have one to three proxies; reading more only costs time on a forged header.
    private static final int MOST_HOPS = 16;
    private static final HexFormat HEX = HexFormat.of();

    private final List<AddressRange> trustedProxies;

    ClientAddresses(List<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream().map(AddressRange::parse).toList();
    }

    /** The key the request's client is counted under. */
    String keyOf(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        InetAddress hop = IpLiterals.parse(remote);
        if (hop == null) {
            return remote == null ? "unknown" : remote;
        }
        if (trustedProxies.isEmpty() || !isTrusted(hop)) {
            return keyOf(hop);
        }
        List<String> forwarded = forwardedFor(request);
        for (int i = forwarded.size() - 1; i >= 0 && forwarded.size() - i <= MOST_HOPS; i--) {
            InetAddress candidate = IpLiterals.parse(forwarded.get(i));
            if (candidate == null) {
                // Not an address: something forged or broken; count against the last hop we trust to be real.
                break;
            }
            hop = candidate;
            if (!isTrusted(candidate)) {
                break;
            }
        }
        return keyOf(hop);
    }

    private boolean isTrusted(InetAddress address) {
        for (AddressRange range : trustedProxies) {
            if (range.contains(address)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> forwardedFor(HttpServletRequest request) {
        List<String> entries = new ArrayList<>();
        for (String header : Collections.list(request.getHeaders(FORWARDED_FOR))) {
            for (String entry : header.split(",")) {
                entries.add(entry);
            }
        }
        return entries;
    }

    /** IPv6 clients usually own a whole /64, so they are counted per /64 rather than per address. */
    private static String keyOf(InetAddress address) {
        if (address instanceof Inet6Address) {
            return HEX.formatHex(address.getAddress(), 0, 8) + "::/64";
        }
        return address.getHostAddress();
    }
}
