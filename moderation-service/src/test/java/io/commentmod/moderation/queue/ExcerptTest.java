package io.commentmod.moderation.queue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptTest {

    @Test
    void aShortBodyIsShownWholeOnOneLine() {
        assertThat(ModerationQueue.excerpt("  Thank you.\n\nIt helped.  ", 40)).isEqualTo("Thank you. It helped.");
    }

    @Test
    void aLongBodyIsCutAtAWordBoundaryWithAnEllipsis() {
        String excerpt = ModerationQueue.excerpt("My therapist cried while I told her about my father's illness", 30);

        assertThat(excerpt).isEqualTo("My therapist cried while I\u2026");
    }

    @Test
    void aBodyWithoutSpacesIsCutAtTheLength() {
        assertThat(ModerationQueue.excerpt("x".repeat(50), 20)).isEqualTo("x".repeat(20) + "\u2026");
    }
}
