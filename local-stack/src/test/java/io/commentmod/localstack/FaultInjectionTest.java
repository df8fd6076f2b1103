package io.commentmod.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.commentmod.localstack.FakeServiceJars.Mode;

/** The launcher's fault-injection controls, on the real infrastructure and stand-in service jars. */
class FaultInjectionTest {

    @TempDir
    Path root;

    @Test
    void theBrokerMongoDbAndSmtpComeBackOnTheSamePortsWithTheirDataAndMailIsNotForgotten() throws Exception {
        LocalStackOptions options = LocalStackOptions.defaults().withServices(false).withDataDir(root).withFreePorts();
        try (LocalStack stack = LocalStack.start(options)) {
            try (Admin admin = admin(stack)) {
                admin.createTopics(List.of(new NewTopic("kept-across-restarts", 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
            }
            try (MongoClient client = MongoClients.create(stack.mongoUri())) {
                client.getDatabase("comments").getCollection("comments").insertOne(new Document("_id", "kept"));
            }
            send(stack.smtpPort(), "<same@commentmod.local>", "therapist@example.org");

            stack.stopKafka();
            stack.startKafka();
            stack.restartMongo();
            stack.stopSmtp();
            assertThat(Ports.isFree(stack.smtpPort())).as("nobody listens on the SMTP port while it is down").isTrue();
            assertThatThrownBy(() -> send(stack.smtpPort(), "<other@commentmod.local>", "therapist@example.org"))
                    .isInstanceOf(MessagingException.class);
            stack.startSmtp();
            // the same message again (a resend with the same Message-ID) counts as a second email
            send(stack.smtpPort(), "<same@commentmod.local>", "therapist@example.org");

            try (Admin admin = admin(stack)) {
                assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).contains("kept-across-restarts");
            }
            try (MongoClient client = MongoClients.create(stack.mongoUri())) {
                assertThat(client.getDatabase("comments").getCollection("comments").find(new Document("_id", "kept"))
                        .first()).isNotNull();
            }
            assertThat(stack.capturedMail()).hasSize(2).allSatisfy(mail -> {
                assertThat(mail.recipients()).containsExactly("therapist@example.org");
                assertThat(mail.headers()).contains("Message-ID: <same@commentmod.local>");
            });
        }
    }

    @Test
    void aServiceInstanceCanBeKilledHardStartedAgainAndJoinedByAnotherInstance() throws IOException {
        for (Service service : Service.values()) {
            FakeServiceJars.write(root, service, Mode.UP);
        }
        LocalStackOptions options = LocalStackOptions.defaults().withDataDir(root.resolve("data")).withJarsDir(root)
                .withFreePorts()
                .withServiceArguments(Service.MODERATION, "--commentmod.moderation.something=shorter");
        int extraPort = Ports.freePorts(1)[0];
        try (LocalStack stack = LocalStack.start(options)) {
            ServiceInstance moderation = stack.instance(Service.MODERATION);
            long firstPid = pidOf(stack.logsDir().resolve("moderation-service.log"));

            stack.kill(moderation);
            assertThat(stack.isAlive(moderation)).isFalse();
            assertThat(ProcessHandle.of(firstPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            stack.startAgain(moderation);
            assertThat(stack.isAlive(moderation)).isTrue();
            String restartedLog = Files.readString(stack.logsDir().resolve("moderation-service.log"));
            assertThat(pidOf(stack.logsDir().resolve("moderation-service.log"))).isNotEqualTo(firstPid);
            assertThat(restartedLog).as("the log of the killed process is kept").contains("pid=" + firstPid);

            ServiceInstance second = stack.addInstance(Service.MODERATION, extraPort);
            stack.awaitHealthy(second);
            assertThat(second.name()).isEqualTo("moderation-service-2");
            assertThat(second.uri().toString()).isEqualTo("http://127.0.0.1:" + extraPort);
            String log = Files.readString(stack.logsDir().resolve("moderation-service-2.log"));
            assertThat(log).contains("arg --server.port=" + extraPort,
                    "arg --spring.kafka.bootstrap-servers=127.0.0.1:" + options.kafkaPort(),
                    "arg --commentmod.moderation.instance-id=moderation-service-2",
                    "arg --commentmod.moderation.something=shorter");
            assertThat(Files.readString(stack.logsDir().resolve("moderation-service.log")))
                    .contains("arg --commentmod.moderation.something=shorter")
                    .doesNotContain("instance-id");
            assertThatThrownBy(() -> stack.startAgain(second)).isInstanceOf(LocalStackException.class)
                    .hasMessageContaining("already running");
        }
        assertThat(Ports.isFree(extraPort)).as("the extra instance stops with the stack").isTrue();
    }

    /** The pid the instance printed last (a restarted instance adds to its log). */
    private static long pidOf(Path log) throws IOException {
        return Long.parseLong(Files.readAllLines(log).stream().filter(line -> line.startsWith("pid="))
                .reduce((first, second) -> second).orElseThrow().substring(4));
    }

    private static Admin admin(LocalStack stack) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) Duration.ofSeconds(30).toMillis()));
    }

    private static void send(int smtpPort, String messageId, String recipient) throws MessagingException {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", String.valueOf(smtpPort));
        props.put("mail.smtp.connectiontimeout", "2000");
        MimeMessage message = new MimeMessage(Session.getInstance(props)) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(new InternetAddress("notifications@commentmod.local"));
        message.addRecipient(Message.RecipientType.TO, new InternetAddress(recipient));
        message.setSubject("New comment", "UTF-8");
        message.setText("Someone commented.", "UTF-8");
        Transport.send(message);
    }
}
