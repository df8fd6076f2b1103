package io.commentmod.comments.thread;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class ThreadBuilderTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    @Test
    void repliesNestUnderTheirParentsOldestFirstAtEveryLevel() {
        // Given comments listed out of order, two top-level ones with replies
        List<ThreadBuilder.Visible> published = List.of(
                visible("late-top", null, 50),
                visible("reply-2", "early-top", 30),
                visible("early-top", null, 0),
                visible("reply-1", "early-top", 10),
                visible("reply-to-reply", "reply-1", 20));

        // When
        List<ThreadNode> thread = ThreadBuilder.build(published, List.of());

        // Then
        assertThat(thread).extracting(ThreadNode::id).containsExactly("early-top", "late-top");
        assertThat(thread.get(0).replies()).extracting(ThreadNode::id).containsExactly("reply-1", "reply-2");
        assertThat(thread.get(0).replies().get(0).replies()).extracting(ThreadNode::id)
                .containsExactly("reply-to-reply");
        assertThat(thread.get(1).replies()).isEmpty();
    }

    @Test
    void publishedReplyToHeldCommentAppearsUnderAPlaceholderWithoutTheHeldContent() {
        // Given a held top-level comment with a published reply, after a published top-level comment
        List<ThreadBuilder.Visible> published = List.of(visible("first", null, 0), visible("reply", "held", 20));
        List<ThreadBuilder.Position> hidden = List.of(new ThreadBuilder.Position("held", null, T0.plusSeconds(10)));

        // When
        List<ThreadNode> thread = ThreadBuilder.build(published, hidden);

        // Then the reply keeps its place in the conversation, under a node that only names the held comment's id
        assertThat(thread).extracting(ThreadNode::id).containsExactly("first", "held");
        assertThat(thread.get(1)).isInstanceOf(ThreadNode.Hidden.class);
        assertThat(thread.get(1).replies()).extracting(ThreadNode::id).containsExactly("reply");
    }

    @Test
    void placeholderSerializesWithIdHiddenFlagAndRepliesOnly() {
        // Given
        ThreadNode.Hidden placeholder = new ThreadNode.Hidden("held", List.of());

        // When
        String json = JsonMapper.builder().build().writeValueAsString(placeholder);

        // Then
        assertThat(json).isEqualTo("{\"id\":\"held\",\"hidden\":true,\"replies\":[]}");
    }

    @Test
    void heldCommentWithoutPublishedRepliesLeavesNoTrace() {
        // Given a position for a comment no published comment answers
        List<ThreadBuilder.Visible> published = List.of(visible("only", null, 0));
        List<ThreadBuilder.Position> hidden = List.of(new ThreadBuilder.Position("held", null, T0));

        // When
        List<ThreadNode> thread = ThreadBuilder.build(published, hidden);

        // Then
        assertThat(thread).extracting(ThreadNode::id).containsExactly("only");
    }

    @Test
    void chainOfUnpublishedAncestorsKeepsItsDepth() {
        // Given published top -> held middle -> pending lower -> published deep reply
        List<ThreadBuilder.Visible> published = List.of(visible("top", null, 0), visible("deep", "lower", 30));
        List<ThreadBuilder.Position> hidden = List.of(
                new ThreadBuilder.Position("lower", "middle", T0.plusSeconds(20)),
                new ThreadBuilder.Position("middle", "top", T0.plusSeconds(10)));

        // When
        List<ThreadNode> thread = ThreadBuilder.build(published, hidden);

        // Then
        assertThat(thread).extracting(ThreadNode::id).containsExactly("top");
        ThreadNode middle = thread.get(0).replies().get(0);
        assertThat(middle).isInstanceOf(ThreadNode.Hidden.class).extracting(ThreadNode::id).isEqualTo("middle");
        ThreadNode lower = middle.replies().get(0);
        assertThat(lower).isInstanceOf(ThreadNode.Hidden.class).extracting(ThreadNode::id).isEqualTo("lower");
        assertThat(lower.replies()).extracting(ThreadNode::id).containsExactly("deep");
    }

    @Test
    void replyToAParentThatCannotBeFoundGoesUnderATopLevelPlaceholder() {
        // Given a published reply whose parent is neither published nor known
        List<ThreadBuilder.Visible> published = List.of(visible("orphan", "missing", 10), visible("top", null, 0));

        // When
        List<ThreadNode> thread = ThreadBuilder.build(published, List.of());

        // Then
        assertThat(thread).extracting(ThreadNode::id).containsExactly("top", "missing");
        assertThat(thread.get(1)).isInstanceOf(ThreadNode.Hidden.class);
        assertThat(thread.get(1).replies()).extracting(ThreadNode::id).containsExactly("orphan");
    }

    @Test
    void publishedCommentShowsAuthorNameBodyAndDate() {
        // Given
        ThreadBuilder.Visible comment = new ThreadBuilder.Visible("c1", null, "Maya", "Thank you for this.",
                T0.plusSeconds(99), T0, true);

        // When
        ThreadNode node = ThreadBuilder.build(List.of(comment), List.of()).get(0);

        // Then
        assertThat(node).isEqualTo(new ThreadNode.Published("c1", new ThreadNode.Author("Maya"),
                "Thank you for this.", T0.plusSeconds(99), true, List.of()));
    }

    private static ThreadBuilder.Visible visible(String id, String parentId, int secondsAfterStart) {
        Instant at = T0.plusSeconds(secondsAfterStart);
        return new ThreadBuilder.Visible(id, parentId, "Author of " + id, "Text of " + id, at, at, false);
    }
}
