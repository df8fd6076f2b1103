package io.commentmod.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.commentmod.contracts.Actor;
import io.commentmod.contracts.CommentModerated;
import io.commentmod.contracts.Decision;
import io.commentmod.contracts.EventMeta;
import io.commentmod.contracts.Priority;
import io.commentmod.contracts.Reason;
import io.commentmod.notification.support.EmbeddedServersTest;
import io.commentmod.notification.support.Smtp;
import io.commentmod.notification.support.TestProperties;
import jakarta.mail.internet.MimeMessage;

class UrgentAlertTests extends EmbeddedServersTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void onCallModeratorIsAlertedOnceForAnUrgentSafetyHoldWithALinkToTheCase() throws Exception {
        // Given the engine holds a comment as URGENT for safety, and the event arrives twice
        String commentId = "c-" + UUID.randomUUID();
        CommentModerated hold = moderated(commentId, Decision.HOLD, Priority.URGENT, Actor.automatic("rules-v7"));
        int before = messagesTo(TestProperties.ON_CALL).size();
        publish(hold);
        publish(hold);

        // Then the on-call moderator gets one alert, linking to the case, without the comment's words
        await().atMost(WAIT).until(() -> messagesTo(TestProperties.ON_CALL).size() == before + 1);
        await().atMost(WAIT).until(() -> suppressed("URGENT_HOLD", "duplicate") >= 1);
        MimeMessage alert = messagesTo(TestProperties.ON_CALL).get(before);
        assertThat(alert.getSubject()).isEqualTo("URGENT: a comment was held for a safety review");
        String text = Smtp.part(alert, "text/plain");
        assertThat(text).contains("http://localhost:8082/console/cases/" + commentId,
                "SAFETY: Talks about ending their life.").doesNotContain("the private words");
        assertThat(Smtp.part(alert, "text/html")).doesNotContain("the private words");
        assertThat(alert.getHeader("List-Unsubscribe", null)).isNotNull();
    }

    @Test
    void holdsThatAreNotUrgentOrAreAModeratorsDoNotAlert() {
        String quiet = "c-" + UUID.randomUUID();
        String byModerator = "c-" + UUID.randomUUID();
        String published = "c-" + UUID.randomUUID();

        publish(moderated(quiet, Decision.HOLD, Priority.NORMAL, Actor.automatic("rules-v7")));
        publish(moderated(byModerator, Decision.HOLD, Priority.URGENT, Actor.moderator("sam")));
        publish(moderated(published, Decision.PUBLISH, Priority.URGENT, Actor.automatic("rules-v7")));
        // A marker that does alert: once it has been handled, the three before it (same partition) have been too
        String marker = "c-" + UUID.randomUUID();
        publish(moderated(marker, Decision.HOLD, Priority.URGENT, Actor.automatic("rules-v7")));

        await().atMost(WAIT).until(() -> !deliveriesOf(marker).isEmpty());
        assertThat(deliveriesOf(quiet)).isEmpty();
        assertThat(deliveriesOf(byModerator)).isEmpty();
        assertThat(deliveriesOf(published)).isEmpty();
    }

    private static CommentModerated moderated(String commentId, Decision decision, Priority priority, Actor by) {
        Instant now = Instant.now();
        return new CommentModerated(EventMeta.create(CommentModerated.TYPE, CommentModerated.VERSION, commentId, now),
                commentId, "a-1", decision, priority,
                List.of(new Reason("safety.self_harm", "SAFETY", 5.0, "the private words",
                        "Talks about ending their life.")),
                by, null, 1, "rules-v7", null, now);
    }
}
