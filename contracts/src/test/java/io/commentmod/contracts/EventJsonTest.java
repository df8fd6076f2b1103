package io.commentmod.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class EventJsonTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final Instant now = Instant.parse("2026-01-02T03:04:05Z");
    private final ArticleRef article = new ArticleRef("a-1", "Title", "https://example.org/a-1",
            new Person("Dr. Noa", "noa@example.org"));

    @Test
    void everyEventSurvivesAJsonRoundTrip() {
        List<DomainEvent> events = List.of(
                new CommentSubmitted(EventMeta.create(CommentSubmitted.TYPE, 1, "c-1", now), "c-1", article, null,
                        new Person("Sam", "sam@example.org"), "Hello", true, false, now),
                new CommentModerated(EventMeta.create(CommentModerated.TYPE, 1, "c-1", now), "c-1", "a-1",
                        Decision.HOLD, Priority.NORMAL,
                        List.of(new Reason("promotion.solicitation", "PROMOTION", 0.8, "contact me", "Asks readers to get in touch")),
                        Actor.automatic("rules-1"), null, 1, "rules-1", null, now),
                new CommentReported(EventMeta.create(CommentReported.TYPE, 1, "c-1", now), "c-1", "a-1", "r-1",
                        "rude", 2, CommentStatus.PUBLISHED, now),
                new CommentStatusChanged(EventMeta.create(CommentStatusChanged.TYPE, 1, "c-2", now), "c-2", article,
                        new Person("Kim", "kim@example.org"), "Reply", false,
                        new CommentStatusChanged.ParentComment("c-1", new Person("Sam", "sam@example.org"), true,
                                CommentStatus.PUBLISHED),
                        CommentStatus.PENDING, CommentStatus.PUBLISHED, Actor.automatic("rules-1"), 1, now));

        for (DomainEvent event : events) {
            String text = json.writeValueAsString(event);
            DomainEvent back = json.readValue(text, event.getClass());
            assertThat(back).isEqualTo(event);
        }
    }

    @Test
    void everyEventTypeHasATopicAndAName() {
        assertThat(Topics.eventTypes().values()).allSatisfy(type -> assertThat(Topics.topicOf(type)).isNotBlank());
        assertThat(Topics.typeMappingProperty())
                .contains("CommentSubmitted:io.commentmod.contracts.CommentSubmitted");
        assertThat(Topics.deadLetterOf(Topics.COMMENT_SUBMITTED)).isEqualTo("comment-submitted-dlt");
    }

    @Test
    void derivedIdsAreStableSoARetriedPublishIsRecognisedAsTheSameEvent() {
        EventMeta first = EventMeta.derived("T", 1, "k", now, "c-1/verdict/1");
        EventMeta second = EventMeta.derived("T", 1, "k", now.plusSeconds(5), "c-1/verdict/1");
        assertThat(first.id()).isEqualTo(second.id());
        assertThat(EventMeta.derived("T", 1, "k", now, "c-1/verdict/2").id()).isNotEqualTo(first.id());
    }

    @Test
    void anEnvelopeWithoutAKeyIsRefused() {
        assertThatThrownBy(() -> new EventMeta("id", "T", 1, now, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void decisionsMapToTheStatusTheyCause() {
        assertThat(Decision.PUBLISH.resultingStatus()).isEqualTo(CommentStatus.PUBLISHED);
        assertThat(Decision.HOLD.resultingStatus()).isEqualTo(CommentStatus.HELD);
        assertThat(Decision.REJECT.resultingStatus()).isEqualTo(CommentStatus.REJECTED);
    }
}
