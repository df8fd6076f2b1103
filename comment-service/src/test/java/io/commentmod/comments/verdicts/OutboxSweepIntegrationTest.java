package io.commentmod.comments.verdicts;

import static io.commentmod.comments.support.CommentServiceDriver.PATIENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.commentmod.comments.comment.CommentDocument;
import io.commentmod.comments.support.CommentServiceDriver;
import io.commentmod.comments.support.EmbeddedServersTest;
import io.commentmod.contracts.ArticleRef;
import io.commentmod.contracts.CommentSubmitted;
import io.commentmod.contracts.EventMeta;
import io.commentmod.contracts.Person;
import io.commentmod.contracts.Topics;
import io.commentmod.kit.outbox.OutboxEntry;
import io.commentmod.testsupport.TopicReader;

/** Crash recovery: an event stored with its comment but never published is published by the sweep. */
class OutboxSweepIntegrationTest extends EmbeddedServersTest {

    @Test
    void sweepPublishesAnEventWhoseImmediatePublishNeverHappened() {
        // Given a comment stored a minute ago with its event, as if the service died right after the insert
        String id = CommentServiceDriver.uniqueId("crashed");
        Instant aMinuteAgo = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.MILLIS);
        Person author = new Person("Maya", "maya@example.org");
        CommentSubmitted event = new CommentSubmitted(
                EventMeta.create(CommentSubmitted.TYPE, CommentSubmitted.VERSION, id, aMinuteAgo), id,
                new ArticleRef("article-x", "Title", "https://example.org/x",
                        new Person("Dr. Jane Doe", "jane.doe@example.org")),
                null, author, "Written just before a crash", false, false, aMinuteAgo);
        mongo.insert(CommentDocument.pending(id, "article-x", null, author, event.body(), false, false, aMinuteAgo,
                List.of(OutboxEntry.of(event))), CommentDocument.COLLECTION);

        try (TopicReader submitted = service.read(Topics.COMMENT_SUBMITTED)) {
            // Then
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(submitted.eventsFor(id)).containsExactly(event));
        }
        service.awaitOutboxEmptied(id);
    }
}
