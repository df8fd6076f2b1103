package io.commentmod.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the launcher refuses to do, and that it refuses before starting anything. */
class StartupChecksTest {

    @TempDir
    Path dir;

    @Test
    void aPortInUseIsNamedWithTheFlagThatChangesItAndNothingStarts() throws IOException {
        LocalStackOptions options = LocalStackOptions.defaults().withServices(false).withDataDir(dir.resolve("data"))
                .withFreePorts();

        try (ServerSocket taken = new ServerSocket(options.mongoPort(), 1, InetAddress.getByName("127.0.0.1"))) {
            assertThatThrownBy(() -> LocalStack.start(options))
                    .isInstanceOf(LocalStackException.class)
                    .hasMessageContaining(String.valueOf(options.mongoPort()))
                    .hasMessageContaining("MongoDB")
                    .hasMessageContaining("--mongo-port=");
        }
        assertThat(Ports.isFree(options.kafkaPort())).as("Kafka was not started").isTrue();
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void missingServiceJarsAreListedWithTheCommandThatBuildsThem() throws IOException {
        Path root = dir.resolve("project");
        Files.createDirectories(root.resolve("moderation-service/target"));
        Files.createFile(root.resolve("moderation-service/target/moderation-service-0.1.0-SNAPSHOT-exec.jar"));
        LocalStackOptions options = LocalStackOptions.defaults().withDataDir(dir.resolve("data")).withJarsDir(root)
                .withFreePorts();

        assertThatThrownBy(() -> LocalStack.start(options))
                .isInstanceOf(LocalStackException.class)
                .hasMessageContaining(root.resolve("comment-service/target").toString())
                .hasMessageContaining(root.resolve("notification-service/target").toString())
                .hasMessageNotContaining(root.resolve("moderation-service/target").toString())
                .hasMessageContaining("./mvnw -q -Dmaven.test.skip=true package");
        assertThat(Ports.isFree(options.kafkaPort())).as("Kafka was not started").isTrue();
    }

    @Test
    void theExecJarOfEachModuleIsFound() throws IOException {
        for (Service service : Service.values()) {
            Path target = Files.createDirectories(dir.resolve(service.module()).resolve("target"));
            Files.createFile(target.resolve(service.module() + "-0.1.0-SNAPSHOT.jar"));
            Files.createFile(target.resolve(service.module() + "-0.1.0-SNAPSHOT-exec.jar"));
        }

        Map<Service, Path> jars = ServiceProcesses.locateJars(dir);

        assertThat(jars.get(Service.COMMENT)).hasFileName("comment-service-0.1.0-SNAPSHOT-exec.jar");
        assertThat(jars.get(Service.MODERATION)).hasFileName("moderation-service-0.1.0-SNAPSHOT-exec.jar");
        assertThat(jars.get(Service.NOTIFICATION)).hasFileName("notification-service-0.1.0-SNAPSHOT-exec.jar");
        assertThat(jars.get(Service.DEMO_SITE)).hasFileName("demo-site-0.1.0-SNAPSHOT-exec.jar");
    }
}
