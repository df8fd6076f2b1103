package io.commentmod.comments.ratelimit;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Parses IP address literals, and nothing else: {@link InetAddress#getByName} would look a host name up in DNS,
 * which must never happen for text a client sent in a header.
 */
final class IpLiterals {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private IpLiterals() {
    }

    /** @return the address, or null when the text is not an IPv4 or IPv6 literal */
    static InetAddress parse(String text) {
        if (text == null) {
            return null;
        }
        String literal = text.strip();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        int zone = literal.indexOf('%');
        if (zone >= 0) {
            literal = literal.substring(0, zone);
        }
        try {
            var v4 = IPV4.matcher(literal);
            if (v4.matches()) {
                byte[] bytes = new byte[4];
                for (int i = 0; i < 4; i++) {
                    int part = Integer.parseInt(v4.group(i + 1));
                    if (part > 255) {
                        return null;
                    }
                    bytes[i] = (byte) part;
                }
                return InetAddress.getByAddress(bytes);
            }
            if (literal.indexOf(':') >= 0 && IPV6.matcher(literal).matches()) {
                // In brackets the JDK only accepts an IPv6 literal and never resolves a name.
                return InetAddress.getByName("[" + literal + "]");
            }
        } catch (UnknownHostException notALiteral) {
            return null;
        }
        return null;
    }
}
