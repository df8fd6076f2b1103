package io.commentmod.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.commentmod.localstack.FakeServiceJars.Mode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the launcher runs, watches and stops service processes, with stand-in jars (the real services are built by
 * other modules; WholeSystemIT runs those).
 */
class ServiceLaunchTest {

    @TempDir
    Path root;

    @Test
    void eachServiceRunsFromItsExecJarPointedAtTheLocalInfrastructureAndStopsWithTheStack() throws IOException {
        for (Service service : Service.values()) {
            FakeServiceJars.write(root, service, Mode.UP);
        }
        LocalStackOptions options = LocalStackOptions.defaults().withDataDir(root.resolve("data")).withJarsDir(root)
                .withFreePorts();

        List<ProcessHandle> children;
        try (LocalStack stack = LocalStack.start(options)) {
            children = ProcessHandle.current().children().toList();
            assertThat(children).hasSize(Service.values().length).allMatch(ProcessHandle::isAlive);
            for (Service service : Service.values()) {
                if (!service.hasDatabase()) {
                    continue;
                }
                assertThat(Files.readString(stack.logsDir().resolve(service.module() + ".log"))).contains(
                        "arg --server.port=" + options.portOf(service),
                        "arg --spring.kafka.bootstrap-servers=127.0.0.1:" + options.kafkaPort(),
                        "arg --spring.mongodb.uri=mongodb://127.0.0.1:" + options.mongoPort() + "/" + service.database(),
                        "env MONGODB_URI=mongodb://127.0.0.1:" + options.mongoPort() + "/" + service.database());
            }
            assertThat(Files.readString(stack.logsDir().resolve("notification-service.log"))).contains(
                    "arg --spring.mail.host=127.0.0.1", "arg --spring.mail.port=" + options.smtpPort());
            assertThat(Files.readString(stack.logsDir().resolve("comment-service.log")))
                    .doesNotContain("--spring.mail.host");
            String demoSite = Files.readString(stack.logsDir().resolve("demo-site.log"));
            assertThat(demoSite).contains(
                    "arg --server.port=" + options.demoSitePort(),
                    "arg --commentmod.demo-site.comment-service-url=http://127.0.0.1:" + options.commentServicePort(),
                    "arg --commentmod.demo-site.article.id=" + DemoThread.load().article().id(),
                    "env SITE_API_KEY=" + LocalStack.SITE_API_KEY);
            assertThat(demoSite).as("no infrastructure for the demo site, and the key is not in its command line")
                    .doesNotContain("--spring.kafka", "--spring.mongodb", "arg --commentmod.demo-site.site-api-key");
        }

        assertThat(children).noneMatch(ProcessHandle::isAlive);
        assertThat(options.portsToBind().values()).allMatch(Ports::isFree);
    }

    @Test
    void aServiceThatExitsWhileStartingIsReportedWithTheEndOfItsLogAndNothingIsLeftRunning() throws IOException {
        FakeServiceJars.write(root, Service.COMMENT, Mode.UP);
        FakeServiceJars.write(root, Service.MODERATION, Mode.EXIT);
        FakeServiceJars.write(root, Service.NOTIFICATION, Mode.UP);
        FakeServiceJars.write(root, Service.DEMO_SITE, Mode.UP);
        LocalStackOptions options = LocalStackOptions.defaults().withDataDir(root.resolve("data")).withJarsDir(root)
                .withFreePorts();

        assertThatThrownBy(() -> LocalStack.start(options))
                .isInstanceOf(LocalStackException.class)
                .hasMessageContaining("moderation-service exited with code 3")
                .hasMessageContaining("moderation-service.log")
                .hasMessageContaining("boom: cannot reach the database");

        assertThat(ProcessHandle.current().children()).noneMatch(ProcessHandle::isAlive);
        assertThat(options.portsToBind().values()).allMatch(Ports::isFree);
    }

    @Test
    void aServiceThatStaysDownPastTheTimeoutIsReportedWithWhatItsHealthSaid() throws IOException {
        FakeServiceJars.write(root, Service.COMMENT, Mode.UP);
        FakeServiceJars.write(root, Service.MODERATION, Mode.UP);
        FakeServiceJars.write(root, Service.NOTIFICATION, Mode.DOWN);
        FakeServiceJars.write(root, Service.DEMO_SITE, Mode.UP);
        LocalStackOptions options = LocalStackOptions.defaults().withDataDir(root.resolve("data")).withJarsDir(root)
                .withFreePorts().withServiceStartTimeout(Duration.ofSeconds(10));

        assertThatThrownBy(() -> LocalStack.start(options))
                .isInstanceOf(LocalStackException.class)
                .hasMessageContaining("notification-service did not report UP within 10 s")
                .hasMessageContaining("HTTP 503, status DOWN")
                .hasMessageContaining("arg --server.port=" + options.notificationServicePort());

        assertThat(ProcessHandle.current().children()).noneMatch(ProcessHandle::isAlive);
    }
}
