package io.commentmod.moderation.authors;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import io.commentmod.engine.TextNormalizer;

/**
 * The keys history is counted by. Hashes, so the indexes and the {@code authors} collection hold no e-mail address
 * and no text, and so every key has the same small size whatever the comment's length.
 */
public final class AuthorKeys {

    private AuthorKeys() {
    }

    /** SHA-256 (hex) of the trimmed, lower-cased e-mail address; null without one. */
    public static String authorKey(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        return sha256(email.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * SHA-256 (hex) of the engine's duplicate key, under which texts differing only by case, look-alike letters,
     * invisible characters, punctuation or stretched letters are the same text; null for a text with no letters or
     * digits (there is nothing to repeat).
     */
    public static String textKey(String body) {
        String key = TextNormalizer.duplicateKey(body == null ? "" : body);
        return key.isEmpty() ? null : sha256(key);
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
