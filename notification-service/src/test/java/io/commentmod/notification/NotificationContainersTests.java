package io.commentmod.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import io.commentmod.contracts.CommentStatusChanged;
import io.commentmod.contracts.Topics;
import io.commentmod.notification.support.Smtp;
import io.commentmod.notification.support.StatusChanges;
import jakarta.mail.internet.MimeMessage;

/**
 * The happy path against the real brokers the service runs with in production: Kafka and MongoDB in containers
 * (GreenMail stays embedded). Skipped where Docker is not available.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NotificationContainersTests {

    @Container
    @ServiceConnection
    static final KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1");

    @Container
    @ServiceConnection
    static final MongoDBContainer mongo = new MongoDBContainer("mongo:8.0");

    @RegisterExtension
    static final GreenMailExtension greenMail = Smtp.extension();

    @Autowired
    private KafkaTemplate<String, Object> template;

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> Smtp.PORT);
    }

    @Test
    void therapistReceivesOneEmailWhenACommentIsPublishedEvenIfTheEventComesTwice() throws Exception {
        // Given a comment that moderation has just published
        StatusChanges given = StatusChanges.publication();
        CommentStatusChanged event = given.build();

        // When its status change arrives twice
        template.send(Topics.COMMENT_STATUS_CHANGED, event.commentId(), event).get(30, TimeUnit.SECONDS);
        template.send(Topics.COMMENT_STATUS_CHANGED, event.commentId(), event).get(30, TimeUnit.SECONDS);

        // Then the therapist gets one multipart email with the one-click unsubscribe headers
        String therapist = given.therapist().email();
        await().atMost(Duration.ofSeconds(60)).until(() -> Smtp.messagesTo(greenMail, therapist).size() == 1);
        MimeMessage mail = Smtp.messagesTo(greenMail, therapist).get(0);
        assertThat(mail.getSubject()).startsWith("New comment on");
        assertThat(Smtp.part(mail, "text/plain")).contains(event.body());
        assertThat(Smtp.part(mail, "text/html")).contains("commented on your article");
        assertThat(mail.getHeader("List-Unsubscribe", null)).startsWith("<http://localhost:8083/unsubscribe?token=");
        assertThat(mail.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
    }
}
