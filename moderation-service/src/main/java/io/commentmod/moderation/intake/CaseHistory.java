package io.commentmod.moderation.intake;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import io.commentmod.contracts.CommentStatus;
import io.commentmod.contracts.Person;
import io.commentmod.engine.CommentToModerate;
import io.commentmod.engine.EngineSettings;
import io.commentmod.engine.ModerationContext;
import io.commentmod.engine.ModerationContext.AuthorHistory;
import io.commentmod.moderation.authors.AuthorActivity;
import io.commentmod.moderation.authors.AuthorStanding;
import io.commentmod.moderation.cases.ModerationCase;

/**
 * Builds comments' contexts from what every instance has stored: the author's comments by status and within the
 * flood window and the postings of the same text ({@link AuthorActivity}), the moderators' flags on the author, and
 * the parent's case. All are lookups by id in MongoDB, so two instances see the same history (up to comments being
 * moderated at the very same moment, which neither sees of the other).
 * <p>
 * A poll of comments is read at once, one query per kind of document, and each comment decided in the poll is counted
 * for the ones after it: the third comment of an author in one poll sees the first two, exactly as if each had been
 * read from the store after the one before was stored.
 */
@Component
class CaseHistory {

    private final MongoTemplate mongo;
    private final AuthorActivity activity;
    private final Duration duplicateWindow;

    CaseHistory(MongoTemplate mongo, AuthorActivity activity, HistoryProperties properties) {
        this.mongo = mongo;
        this.activity = activity;
        this.duplicateWindow = properties.duplicateWindow();
    }

    /** A comment with the keys its history is counted by (null keys: nothing to count). */
    record Submission(CommentToModerate comment, String authorKey, String textKey, Instant postedAt) {
    }

    /** The stored history of everything these comments need, read in four queries. */
    Batch of(List<Submission> submissions) {
        Set<String> authorKeys = keys(submissions, Submission::authorKey);
        Set<String> textKeys = keys(submissions, Submission::textKey);
        Set<String> parentIds = keys(submissions, s -> s.comment().parentId());
        Map<String, AuthorStanding> standings = authorKeys.isEmpty() ? Map.of()
                : mongo.find(query(where("_id").in(authorKeys)), AuthorStanding.class).stream()
                        .collect(Collectors.toMap(AuthorStanding::authorKey, s -> s));
        Map<String, ModerationContext.Parent> parents = new HashMap<>();
        if (!parentIds.isEmpty()) {
            mongo.find(query(where("_id").in(parentIds)), ModerationCase.class)
                    .forEach(parent -> parents.put(parent.commentId(), parentOf(parent.commentId(),
                            parent.comment() == null ? null : parent.comment().author(), parent.status())));
        }
        return new Batch(activity.authors(authorKeys), activity.textPostings(textKeys), standings, parents);
    }

    private static Set<String> keys(List<Submission> submissions, Function<Submission, String> key) {
        return submissions.stream().map(key).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    /** The parent's author is identified by e-mail, as the engine compares it. */
    private static ModerationContext.Parent parentOf(String id, Person author, CommentStatus status) {
        return new ModerationContext.Parent(id, author == null ? null : author.email(), status);
    }

    /** The history of one poll; used by one thread, in the order the comments are decided. */
    final class Batch {

        private final Map<String, AuthorActivity.Author> authors;
        private final Map<String, List<Instant>> texts;
        private final Map<String, AuthorStanding> standings;
        private final Map<String, ModerationContext.Parent> parents;

        private Batch(Map<String, AuthorActivity.Author> authors, Map<String, List<Instant>> texts,
                Map<String, AuthorStanding> standings, Map<String, ModerationContext.Parent> parents) {
            this.authors = new HashMap<>(authors);
            this.texts = new HashMap<>(texts);
            this.standings = standings;
            this.parents = parents;
        }

        ModerationContext contextOf(Submission submission, EngineSettings settings) {
            CommentToModerate comment = submission.comment();
            String parentId = comment.parentId();
            ModerationContext.Parent parent = parentId == null ? null
                    : parents.getOrDefault(parentId, new ModerationContext.Parent(parentId, null, null));
            return new ModerationContext(comment, parent, authorHistory(submission, settings),
                    duplicates(submission));
        }

        /** Counts a decided comment for the comments after it in this poll. */
        void decided(Submission submission, CommentStatus status) {
            if (submission.authorKey() != null) {
                authors.merge(submission.authorKey(), AuthorActivity.Author.NONE.withNewComment(status,
                        submission.postedAt()), (known, none) -> known.withNewComment(status, submission.postedAt()));
            }
            if (submission.textKey() != null) {
                List<Instant> postings = new ArrayList<>(texts.getOrDefault(submission.textKey(), List.of()));
                postings.add(submission.postedAt());
                texts.put(submission.textKey(), postings);
            }
            CommentToModerate comment = submission.comment();
            parents.put(comment.id(), new ModerationContext.Parent(comment.id(), comment.authorEmail(), status));
        }

        private AuthorHistory authorHistory(Submission submission, EngineSettings settings) {
            if (submission.authorKey() == null) {
                return AuthorHistory.FIRST_TIME;
            }
            Instant postedAt = submission.postedAt();
            Instant floodStart = postedAt.minus(Duration.ofMinutes(settings.floodWindowMinutes()));
            AuthorActivity.Author author = authors.getOrDefault(submission.authorKey(), AuthorActivity.Author.NONE);
            AuthorStanding standing = standings.get(submission.authorKey());
            return new AuthorHistory(author.published(), author.held(), author.rejected(),
                    author.postedBetween(floodStart, postedAt), standing != null && standing.trusted(),
                    standing != null && standing.blocked());
        }

        private int duplicates(Submission submission) {
            if (submission.textKey() == null) {
                return 0;
            }
            Instant since = submission.postedAt().minus(duplicateWindow);
            return (int) texts.getOrDefault(submission.textKey(), List.of()).stream().filter(t -> !t.isBefore(since))
                    .count();
        }
    }
}
