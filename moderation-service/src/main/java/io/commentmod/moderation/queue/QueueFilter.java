package io.commentmod.moderation.queue;

import io.commentmod.contracts.Priority;

/**
 * What a moderator narrowed the list to; every part is optional.
 *
 * @param articleId   comments on this article
 * @param authorEmail comments by this author (matched by the hash of the address, as history is counted)
 * @param reason      cases one of whose signals has this rule id ({@code promotion.solicitation}), or
 *                    {@code reader.report} for reported cases
 * @param priority    cases of this priority
 */
public record QueueFilter(String articleId, String authorEmail, String reason, Priority priority) {

    public static final QueueFilter NONE = new QueueFilter(null, null, null, null);
}
