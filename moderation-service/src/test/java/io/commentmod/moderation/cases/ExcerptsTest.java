package io.commentmod.moderation.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptsTest {

    @Test
    void aShortBodyIsShownWholeOnOneLine() {
        assertThat(Excerpts.of("  Thank you.\n\nIt helped.  ", 40)).isEqualTo("Thank you. It helped.");
    }

    @Test
    void aLongBodyIsCutAtAWordBoundaryWithAnEllipsis() {
        String excerpt = Excerpts.of("My therapist cried while I told her about my father's illness", 30);

        assertThat(excerpt).isEqualTo("My therapist cried while I\u2026");
    }

    @Test
    void aBodyWithoutSpacesIsCutAtTheLength() {
        assertThat(Excerpts.of("x".repeat(50), 20)).isEqualTo("x".repeat(20) + "\u2026");
    }
}
