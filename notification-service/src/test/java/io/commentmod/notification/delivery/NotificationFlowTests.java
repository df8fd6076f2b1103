package io.commentmod.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.commentmod.contracts.CommentStatus;
import io.commentmod.contracts.CommentStatusChanged;
import io.commentmod.notification.support.EmbeddedServersTest;
import io.commentmod.notification.support.Smtp;
import io.commentmod.notification.support.StatusChanges;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

class NotificationFlowTests extends EmbeddedServersTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void therapistReceivesOneMultipartEmailWhenACommentIsPublished() throws Exception {
        // Given a comment that moderation has just published
        StatusChanges given = StatusChanges.publication().article("Is crying in session normal?",
                "https://qa.example.org/articles/crying").author("Sam", "sam-" + UUID.randomUUID() + "@readers.example");
        CommentStatusChanged event = given.build();

        // When its status change arrives
        publish(event);

        // Then the therapist receives exactly one email with a text and an HTML part
        String therapist = given.therapist().email();
        await().atMost(WAIT).until(() -> messagesTo(therapist).size() == 1);
        MimeMessage mail = messagesTo(therapist).get(0);
        assertThat(mail.getSubject()).isEqualTo("New comment on \u201CIs crying in session normal?\u201D");
        assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("notifications@commentmod.local");
        assertThat(mail.getAllRecipients()).hasSize(1);
        assertThat(mail.isMimeType("multipart/*")).isTrue();
        String text = Smtp.part(mail, "text/plain");
        String html = Smtp.part(mail, "text/html");
        assertThat(text).contains("Sam commented on your article", event.body(),
                "https://qa.example.org/articles/crying#comment-" + event.commentId(), "because you wrote this article");
        assertThat(html).contains("Sam commented on your article",
                "https://qa.example.org/articles/crying#comment-" + event.commentId());

        // And it carries a working one-click unsubscribe link in the headers and the body
        String listUnsubscribe = mail.getHeader("List-Unsubscribe", null);
        assertThat(listUnsubscribe).matches("<http://localhost:8083/unsubscribe\\?token=[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+>");
        assertThat(mail.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        String link = listUnsubscribe.substring(1, listUnsubscribe.length() - 1);
        assertThat(text).contains(link, "http://localhost:8083/preferences?token=");
        assertThat(html).contains(link);

        // And it has a stable Message-ID and refers to the article's thread, so mail clients group them
        assertThat(mail.getMessageID()).matches("<n\\.[0-9a-f]{32}@commentmod\\.local>");
        assertThat(mail.getHeader("In-Reply-To", null)).matches("<article\\.[0-9a-f]{32}@commentmod\\.local>")
                .isEqualTo(mail.getHeader("References", null));
        assertThat(mail.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");

        // And the delivery is recorded as sent
        await().atMost(WAIT).until(() -> "SENT".equals(deliveriesOf(event.commentId()).get(0).getString("status")));
        assertThat(deliveriesOf(event.commentId())).singleElement().satisfies(delivery -> {
            assertThat(delivery.getString("recipient")).isEqualTo(therapist.toLowerCase());
            assertThat(delivery.getString("kind")).isEqualTo("NEW_COMMENT");
            assertThat(delivery.getString("eventId")).isEqualTo(event.meta().id());
            assertThat(delivery.getInteger("attempts")).isEqualTo(1);
            assertThat(delivery.getDate("sentAt")).isNotNull();
        });
    }

    @Test
    void eventDeliveredThreeTimesSendsOneEmail() {
        // Given a publication that the broker delivers three times (redelivery after a rebalance, say)
        StatusChanges given = StatusChanges.publication();
        CommentStatusChanged event = given.build();
        double duplicatesBefore = counter(NotificationMetrics.SUPPRESSED, "reason", "duplicate");

        // When the same event arrives three times
        publish(event);
        publish(event);
        publish(event);

        // Then the two copies are recognised as duplicates, and one email and one record exist
        await().atMost(WAIT).until(
                () -> counter(NotificationMetrics.SUPPRESSED, "reason", "duplicate") >= duplicatesBefore + 2);
        assertThat(messagesTo(given.therapist().email())).hasSize(1);
        assertThat(deliveriesOf(event.commentId())).hasSize(1);
    }

    @Test
    void optedInParentAuthorIsToldAboutTheReply() throws Exception {
        // Given a reply to a published comment whose author opted in to reply emails
        String parentAuthor = "alex-" + UUID.randomUUID() + "@readers.example";
        StatusChanges given = StatusChanges.publication().author("Jordan", "jordan-" + UUID.randomUUID() + "@r.example")
                .replyTo("Alex", parentAuthor, true, CommentStatus.PUBLISHED);

        // When the reply is published
        CommentStatusChanged event = given.build();
        publish(event);

        // Then the parent's author and the therapist each get one email of their own kind
        await().atMost(WAIT).until(() -> messagesTo(parentAuthor).size() == 1
                && messagesTo(given.therapist().email()).size() == 1);
        assertThat(messagesTo(parentAuthor).get(0).getSubject()).startsWith("New reply to your comment on");
        assertThat(Smtp.part(messagesTo(parentAuthor).get(0), "text/plain"))
                .contains("Jordan replied to your comment", "asked to hear about replies");
        assertThat(messagesTo(given.therapist().email()).get(0).getSubject()).startsWith("New comment on");
        assertThat(Smtp.part(messagesTo(given.therapist().email()).get(0), "text/plain"))
                .contains("Jordan replied to a comment on your article");
        assertThat(messagesTo(given.author().email())).isEmpty();
        await().atMost(WAIT).until(() -> deliveriesOf(event.commentId()).stream()
                .allMatch(d -> "SENT".equals(d.getString("status"))));
        assertThat(deliveriesOf(event.commentId())).extracting(d -> d.getString("kind"))
                .containsExactlyInAnyOrder("NEW_REPLY", "REPLY_TO_YOU");
    }

    @Test
    void heldAndRejectedCommentsSendNoEmail() {
        // Given a comment that is held and then rejected, then a later publication on the same partition
        StatusChanges spam = StatusChanges.publication().replyTo("Alex", "alex-" + UUID.randomUUID() + "@r.example",
                true, CommentStatus.PUBLISHED);
        CommentStatusChanged held = spam.transition(CommentStatus.PENDING, CommentStatus.HELD).build();
        CommentStatusChanged rejected = spam.transition(CommentStatus.HELD, CommentStatus.REJECTED).revision(2).build();
        StatusChanges marker = StatusChanges.publication().commentId(held.commentId());

        // When all three arrive, in order, keyed by the same comment id
        publish(held);
        publish(rejected);
        publish(marker.build());

        // Then by the time the later publication is mailed, nothing was sent about the held or rejected one
        await().atMost(WAIT).until(() -> messagesTo(marker.therapist().email()).size() == 1);
        assertThat(messagesTo(spam.therapist().email())).isEmpty();
        assertThat(messagesTo(spam.author().email())).isEmpty();
        assertThat(deliveriesOf(held.commentId())).extracting(d -> d.getString("recipient"))
                .containsExactly(marker.therapist().email().toLowerCase());
    }

    @Test
    void hostileNameAndBodyAreEscapedAndCannotInjectHeaders() throws Exception {
        // Given a commenter whose name and body try to inject markup and mail headers
        String therapistEmail = "rivera-" + UUID.randomUUID() + "@therapists.example";
        StatusChanges given = StatusChanges.publication()
                .therapist("Dr. =?UTF-8?Q?R=0D=0ABcc:_harvest@evil.example?= \r\nBcc: x@evil.example "
                        + "N".repeat(500), therapistEmail)
                .article("Sessions\r\nBcc: harvest@evil.example", "https://qa.example.org/a")
                .author("<script>alert(1)</script>\r\nBcc: harvest@evil.example\r\nX-Injected: yes",
                        "eve-" + UUID.randomUUID() + "@evil.example")
                .body("<script>alert(1)</script>\r\n\r\nContent-Type: text/html\r\n\r\n<b>bold</b>");

        // When the comment is published
        publish(given.build());

        // Then the therapist's email shows the text escaped, and has no extra header or recipient
        await().atMost(WAIT).until(() -> messagesTo(given.therapist().email()).size() == 1);
        MimeMessage mail = messagesTo(given.therapist().email()).get(0);
        assertThat(mail.getHeader("Bcc")).isNull();
        assertThat(mail.getHeader("X-Injected")).isNull();
        assertThat(mail.getAllRecipients()).hasSize(1);
        assertThat(mail.getRecipients(Message.RecipientType.BCC)).isNull();
        assertThat(mail.getSubject()).doesNotContain("\r", "\n")
                .isEqualTo("New comment on \u201CSessions Bcc: harvest@evil.example\u201D");
        String html = Smtp.part(mail, "text/html");
        assertThat(html).doesNotContain("<script>", "<b>bold</b>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b&gt;bold&lt;/b&gt;");
        assertThat(greenMail.getReceivedMessagesForDomain("evil.example")).isEmpty();
        List<String> headerNames = java.util.Collections.list(mail.getAllHeaders()).stream()
                .map(jakarta.mail.Header::getName).toList();
        assertThat(headerNames).doesNotContain("X-Injected", "Bcc");

        // And the therapist's very long, encoded-word-laden name is one bounded, inert display name
        InternetAddress to = (InternetAddress) mail.getRecipients(Message.RecipientType.TO)[0];
        assertThat(to.getAddress()).isEqualTo(therapistEmail);
        assertThat(to.getPersonal()).doesNotContain("=?", "\r", "\n").hasSizeLessThanOrEqualTo(80)
                .startsWith("Dr. = ?UTF-8?Q?R=0D=0ABcc:_harvest@evil.example?= Bcc: x@evil.example NNN");
    }
}
