package io.commentmod.moderation.queue;

import java.time.Instant;
import java.util.List;

import io.commentmod.contracts.CommentStatus;
import io.commentmod.contracts.Priority;
import io.commentmod.moderation.cases.QueueName;

/** One page of the moderation queue, most urgent first and then longest waiting first. */
public record QueuePage(List<Item> items, int page, int size, long totalItems) {

    /**
     * @param reasons rule ids behind the hold, plus {@link ModerationQueue#REPORT_REASON} for a reported case
     * @param since   when the case entered the queue
     */
    public record Item(String commentId, String articleId, Author author, String excerpt, CommentStatus status,
            Priority priority, QueueName queue, List<String> reasons, int reportCount, Instant since) {
    }

    /** Only the name: the queue is a list; the e-mail is on the case page. */
    public record Author(String name) {
    }
}
