package io.commentmod.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

class CommentServicePropertiesTest {

    @Test
    void defaultsAcceptTheLocalKeyAndBodiesUpTo64Kilobytes() {
        // When nothing is configured
        CommentServiceProperties properties = new Binder(new MapConfigurationPropertySource())
                .bindOrCreate("commentmod.comments", CommentServiceProperties.class);

        // Then
        assertThat(properties.siteApiKeys()).containsExactly("local-site-key");
        assertThat(properties.maxRequestSize()).isEqualTo(DataSize.ofKilobytes(64));
        assertThat(properties.reportsKept()).isEqualTo(100);
    }

    @Test
    void commaSeparatedKeysFromTheEnvironmentBecomeAList() {
        // Given SITE_API_KEYS as the application.yml placeholder passes it
        MapConfigurationPropertySource source = new MapConfigurationPropertySource(
                java.util.Map.of("commentmod.comments.site-api-keys", "key-one, key-two"));

        // When
        CommentServiceProperties properties = new Binder(source)
                .bindOrCreate("commentmod.comments", CommentServiceProperties.class);

        // Then
        assertThat(properties.siteApiKeys()).containsExactly("key-one", "key-two");
    }

    @Test
    void requestSizeLimitOutsideSaneBoundsIsRefusedAtStartup() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> new CommentServiceProperties(List.of("k"), DataSize.ofBytes(10), 100));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new CommentServiceProperties(List.of("k"), DataSize.ofMegabytes(50), 100));
    }

    @Test
    void emptyKeyListIsRefusedAtStartup() {
        new ApplicationContextRunner().withUserConfiguration(PropertiesOnly.class)
                .withPropertyValues("commentmod.comments.site-api-keys=")
                .run(context -> assertThat(context).hasFailed());
    }

    @EnableConfigurationProperties(CommentServiceProperties.class)
    static class PropertiesOnly {
    }
}
