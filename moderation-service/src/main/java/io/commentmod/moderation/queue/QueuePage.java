package io.commentmod.moderation.queue;

import java.time.Instant;
import java.util.List;

import io.commentmod.contracts.CommentStatus;
import io.commentmod.contracts.Priority;
import io.commentmod.moderation.cases.QueueName;

/**
 * One page of a list of cases.
 *
 * @param page       the page number asked for (0 when paging by cursor)
 * @param totalItems how many cases the list holds with the filters, across all pages
 * @param next       the cursor to ask for the page after this one ({@code after=...}), null on the last page
 */
public record QueuePage(QueueView view, List<Item> items, int page, int size, long totalItems, String next) {

    /**
     * @param reasons    rule ids behind the hold, plus {@link ModerationQueue#REPORT_REASON} for a reported case
     * @param since      when the case entered the queue (null once decided)
     * @param reviewedAt the last moderator decision, or null
     */
    public record Item(String commentId, String articleId, Author author, String excerpt, CommentStatus status,
            Priority priority, QueueName queue, List<String> reasons, int reportCount, Instant since,
            Instant reviewedAt) {
    }

    /** Only the name: the queue is a list; the e-mail is on the case page. */
    public record Author(String name) {
    }
}
