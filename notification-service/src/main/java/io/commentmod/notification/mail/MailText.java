package io.commentmod.notification.mail;

import java.util.regex.Pattern;

/**
 * Cleaning of user-written text before it goes into an email. HTML escaping is Thymeleaf's job; this is about what
 * escaping does not cover: line breaks in headers (header injection), invisible control and bidi characters
 * (spoofing) and length.
 */
public final class MailText {

    /** Controls, format characters (bidi overrides, zero-width) and Unicode line/paragraph separators. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]");
    /** The same, except the line feed, which a comment excerpt keeps. */
    private static final Pattern INVISIBLE_BUT_NEWLINE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}&&[^\\n]]");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\u00A0\\p{Zs}]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
    private static final String ELLIPSIS = "\u2026";

    private MailText() {
    }

    /** One line, no control characters, at most {@code max} characters. */
    static String singleLine(String text, int max) {
        if (text == null) {
            return "";
        }
        String cleaned = INVISIBLE.matcher(text).replaceAll(" ");
        cleaned = SPACES.matcher(cleaned).replaceAll(" ").strip();
        return truncate(cleaned, max);
    }

    /**
     * For text that ends up in a header (subject, display name): one line, and no {@code =?...?=} sequence, which a
     * mail client would decode as an RFC 2047 encoded word and so show text (even line breaks or another address)
     * that was never in the header. A space after the {@code =} keeps the text readable and inert.
     */
    public static String headerSafe(String text, int max) {
        return truncate(singleLine(text, Integer.MAX_VALUE).replace("=?", "= ?"), max);
    }

    /** Paragraphs kept (at most one blank line in a row), everything else as in {@link #singleLine}. */
    static String excerpt(String text, int max) {
        if (text == null) {
            return "";
        }
        String cleaned = text.replace("\r\n", "\n").replace('\r', '\n');
        cleaned = INVISIBLE_BUT_NEWLINE.matcher(cleaned).replaceAll(" ");
        cleaned = SPACES.matcher(cleaned).replaceAll(" ");
        cleaned = cleaned.replaceAll(" *\\n *", "\n");
        cleaned = BLANK_LINES.matcher(cleaned).replaceAll("\n\n").strip();
        return truncate(cleaned, max);
    }

    /** At most {@code max} chars including the ellipsis, never splitting a surrogate pair. */
    static String truncate(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - ELLIPSIS.length();
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }
}
