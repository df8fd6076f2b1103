package io.commentmod.comments.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

import io.commentmod.comments.CommentServiceProperties;

/**
 * Checks a presented API key against the configured ones in constant time: both sides are hashed to the same
 * length first, and every configured key is compared, so neither a key's length nor which key matched, nor how many
 * leading characters were right, shows in the response time.
 */
class SiteApiKeys {

    private final List<byte[]> keyDigests;

    SiteApiKeys(CommentServiceProperties properties) {
        this.keyDigests = properties.siteApiKeys().stream().map(SiteApiKeys::sha256).toList();
    }

    boolean isValid(String presented) {
        if (presented == null || presented.isEmpty()) {
            return false;
        }
        byte[] digest = sha256(presented);
        boolean valid = false;
        for (byte[] key : keyDigests) {
            valid |= MessageDigest.isEqual(key, digest);
        }
        return valid;
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
