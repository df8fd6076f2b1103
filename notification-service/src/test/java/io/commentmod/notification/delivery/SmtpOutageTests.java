package io.commentmod.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import io.commentmod.contracts.CommentStatus;
import io.commentmod.contracts.CommentStatusChanged;
import io.commentmod.notification.support.EmbeddedServersTest;
import io.commentmod.notification.support.StatusChanges;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

class SmtpOutageTests extends EmbeddedServersTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void everyNotificationArrivesExactlyOnceWhenTheSmtpServerComesBack() {
        // Given an SMTP server that is down
        greenMail.stop();
        String therapist = "rivera-" + UUID.randomUUID() + "@therapists.example";
        String parentAuthor = "alex-" + UUID.randomUUID() + "@readers.example";
        String articleId = "a-" + UUID.randomUUID();
        double failedBefore = total(NotificationMetrics.FAILED);
        double retriedBefore = total(NotificationMetrics.RETRIED);

        // When four comments and a reply to an opted-in reader are published on the therapist's article meanwhile
        List<CommentStatusChanged> published = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            published.add(StatusChanges.publication().articleId(articleId).therapist("Dr. Rivera", therapist)
                    .body("Comment number " + i).build());
        }
        published.add(StatusChanges.publication().articleId(articleId).therapist("Dr. Rivera", therapist)
                .replyTo("Alex", parentAuthor, true, CommentStatus.PUBLISHED).body("A reply").build());
        published.forEach(this::publish);

        // And every one of the six emails has failed at least once before the server is back
        await().atMost(WAIT).until(() -> published.stream().flatMap(e -> deliveriesOf(e.commentId()).stream())
                .filter(d -> "FAILED".equals(d.getString("status"))).count() == 6);
        assertThat(total(NotificationMetrics.FAILED)).isGreaterThanOrEqualTo(failedBefore + 6);
        greenMail.start();

        // Then each arrives, once: the therapist five (one per comment), the reader one
        await().atMost(WAIT).until(() -> messagesTo(therapist).size() == 5 && messagesTo(parentAuthor).size() == 1);
        // ...and no second copy follows while the retry topics drain
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> messagesTo(therapist).size() == 5 && messagesTo(parentAuthor).size() == 1);
        assertThat(messagesTo(therapist).stream().map(SmtpOutageTests::messageId).distinct()).hasSize(5);
        for (CommentStatusChanged event : published) {
            assertThat(deliveriesOf(event.commentId())).allSatisfy(delivery -> {
                assertThat(delivery.getString("status")).isEqualTo("SENT");
                assertThat(delivery.getInteger("attempts")).isGreaterThanOrEqualTo(2);
            });
        }
        List<Document> all = published.stream().flatMap(e -> deliveriesOf(e.commentId()).stream()).toList();
        assertThat(all).hasSize(6);
        assertThat(total(NotificationMetrics.RETRIED)).isGreaterThanOrEqualTo(retriedBefore + 6);
    }

    @Test
    void connectionsTheServerDroppedAreReplacedWithoutFailingTheNextEmails() {
        // Given emails sent, so that the sending threads keep their connections open
        String therapist = "okafor-" + UUID.randomUUID() + "@therapists.example";
        List<CommentStatusChanged> before = publications(therapist, 6);
        before.forEach(this::publish);
        await().atMost(WAIT).until(() -> messagesTo(therapist).size() == 6);

        // When the SMTP server restarts, closing every connection it had
        greenMail.stop();
        greenMail.start();
        double failedBefore = total(NotificationMetrics.FAILED);

        // Then the next emails go out at their first attempt, each thread on a new connection
        String nextTherapist = "okafor-" + UUID.randomUUID() + "@therapists.example";
        List<CommentStatusChanged> after = publications(nextTherapist, 6);
        after.forEach(this::publish);
        await().atMost(WAIT).until(() -> messagesTo(nextTherapist).size() == 6);
        assertThat(total(NotificationMetrics.FAILED)).isEqualTo(failedBefore);
        for (CommentStatusChanged event : after) {
            assertThat(deliveriesOf(event.commentId())).singleElement().satisfies(delivery -> {
                assertThat(delivery.getString("status")).isEqualTo("SENT");
                assertThat(delivery.getInteger("attempts")).isEqualTo(1);
            });
        }
    }

    private static List<CommentStatusChanged> publications(String therapist, int count) {
        String articleId = "a-" + UUID.randomUUID();
        List<CommentStatusChanged> published = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            published.add(StatusChanges.publication().articleId(articleId).therapist("Dr. Okafor", therapist)
                    .body("Comment number " + i).build());
        }
        return published;
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
