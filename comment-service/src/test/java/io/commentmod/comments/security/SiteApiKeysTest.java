package io.commentmod.comments.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import io.commentmod.comments.CommentServiceProperties;

class SiteApiKeysTest {

    private final SiteApiKeys keys = new SiteApiKeys(
            new CommentServiceProperties(List.of("current-key-1234", " next-key-5678 "), DataSize.ofKilobytes(64), 100));

    @Test
    void everyConfiguredKeyIsAccepted() {
        assertThat(keys.isValid("current-key-1234")).isTrue();
        assertThat(keys.isValid("next-key-5678")).as("configured with surrounding spaces").isTrue();
    }

    @Test
    void missingEmptyWrongOrPartialKeysAreRejected() {
        assertThat(keys.isValid(null)).isFalse();
        assertThat(keys.isValid("")).isFalse();
        assertThat(keys.isValid("wrong")).isFalse();
        assertThat(keys.isValid("current-key-123")).isFalse();
        assertThat(keys.isValid("current-key-12345")).isFalse();
        assertThat(keys.isValid("CURRENT-KEY-1234")).isFalse();
    }
}
