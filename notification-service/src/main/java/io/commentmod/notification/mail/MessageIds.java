package io.commentmod.notification.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * {@code Message-ID}s derived from what the email is about, never random: the same delivery gets the same id on
 * every attempt (a receiving system can drop a repeat), and every email about one article to one person refers to
 * the same root id, so mail clients show them as one conversation. Hashes keep addresses and ids out of headers.
 */
final class MessageIds {

    private final String domain;

    MessageIds(String fromAddress) {
        int at = fromAddress.lastIndexOf('@');
        this.domain = at < 0 ? "localhost" : fromAddress.substring(at + 1);
    }

    String delivery(String commentId, String kind, String recipient) {
        return id("n." + hash(commentId + "|" + kind + "|" + recipient));
    }

    String articleThread(String articleId, String recipient) {
        return articleId == null ? null : id("article." + hash(articleId + "|" + recipient));
    }

    String digest(String digestId) {
        return id("digest." + hash(digestId));
    }

    private String id(String local) {
        return "<" + local + "@" + domain + ">";
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
