package io.commentmod.notification.recipients;

import java.util.Locale;

/**
 * One way to compare addresses everywhere: "Ana@Example.org" and "ana@example.org " are the same person for the
 * rules "never tell someone about their own comment", for the delivery log's key and for unsubscribes.
 */
public final class EmailAddresses {

    private EmailAddresses() {
    }

    /** The trimmed, lower-cased address, or null when there is none. */
    public static String normalize(String email) {
        if (email == null) {
            return null;
        }
        String trimmed = email.strip();
        return trimmed.isEmpty() ? null : trimmed.toLowerCase(Locale.ROOT);
    }

    /** "a***@example.org": enough for a person to recognise their address, not enough to harvest it from logs. */
    public static String mask(String email) {
        if (email == null) {
            return "";
        }
        int at = email.lastIndexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }
}
