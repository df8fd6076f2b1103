package io.commentmod.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

class LocalStackOptionsTest {

    @Test
    void withoutFlagsTheDocumentedLocalDefaultsApply() {
        LocalStackOptions options = LocalStackOptions.parse();

        Path workingDir = Path.of("").toAbsolutePath();
        assertThat(options.dataDir()).isEqualTo(workingDir.resolve(".local-data"));
        assertThat(options.jarsDir()).isEqualTo(workingDir);
        assertThat(options.services()).isTrue();
        assertThat(options.demo()).isFalse();
        assertThat(options.portsToBind()).containsExactly(
                entry("Kafka", 9092), entry("Kafka controller", 9093), entry("MongoDB", 27017), entry("SMTP", 3025),
                entry("mail viewer", 8025), entry("comment-service", 8081), entry("moderation-service", 8082),
                entry("notification-service", 8083), entry("demo-site", 8080));
        assertThat(options.serviceStartTimeout()).isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void flagsOverrideTheDefaults() {
        LocalStackOptions options = LocalStackOptions.parse("--data-dir=/tmp/stack", "--jars-dir=/opt/build", "--demo",
                "--services=false", "--kafka-port=19092", "--mongo-port=27018", "--comment-port=18081",
                "--demo-site-port=18080", "--service-timeout=30");

        assertThat(options.dataDir()).isEqualTo(Path.of("/tmp/stack"));
        assertThat(options.jarsDir()).isEqualTo(Path.of("/opt/build"));
        assertThat(options.demo()).isTrue();
        assertThat(options.services()).isFalse();
        assertThat(options.kafkaPort()).isEqualTo(19092);
        assertThat(options.mongoPort()).isEqualTo(27018);
        assertThat(options.commentServicePort()).isEqualTo(18081);
        assertThat(options.demoSitePort()).isEqualTo(18080);
        assertThat(options.serviceStartTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void infrastructureOnlyDoesNotClaimTheServicePorts() {
        LocalStackOptions options = LocalStackOptions.parse("--services=false");

        assertThat(options.portsToBind()).containsOnlyKeys("Kafka", "Kafka controller", "MongoDB", "SMTP", "mail viewer");
    }

    @Test
    void anUnknownFlagIsRejectedWithItsName() {
        assertThatThrownBy(() -> LocalStackOptions.parse("--kafka=9092"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--kafka");
    }

    @Test
    void aPortUsedTwiceIsRejectedNamingBothUses() {
        assertThatThrownBy(() -> LocalStackOptions.parse("--mongo-port=9092"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("9092").hasMessageContaining("Kafka").hasMessageContaining("MongoDB");
    }

    @Test
    void aPortThatIsNotANumberIsRejected() {
        assertThatThrownBy(() -> LocalStackOptions.parse("--smtp-port=smtp"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--smtp-port");
    }

    @Test
    void helpListsEveryFlag() {
        assertThat(LocalStackOptions.isHelpRequested("--demo", "--help")).isTrue();
        assertThat(LocalStackOptions.usage()).contains("--data-dir", "--jars-dir", "--services", "--demo",
                "--kafka-port", "--kafka-controller-port", "--mongo-port", "--smtp-port", "--mail-viewer-port",
                "--comment-port", "--moderation-port", "--notification-port", "--demo-site-port", "--service-timeout");
    }

    private static java.util.Map.Entry<String, Integer> entry(String name, int port) {
        return java.util.Map.entry(name, port);
    }
}
