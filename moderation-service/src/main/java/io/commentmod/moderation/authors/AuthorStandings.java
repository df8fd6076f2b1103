package io.commentmod.moderation.authors;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Sets an author's standing. Authors are known by their e-mail address, stored only as its hash: the rules look the
 * standing up for every new comment of that address, so a block takes effect with the author's next comment.
 */
@Component
public class AuthorStandings {

    public enum Standing {
        /** Everything the author posts is rejected (unless they may be in danger: that is still held, urgently). */
        BLOCKED,
        /** The author gets the trust bonus. */
        TRUSTED,
        /** Neither: the author is judged by their history again. */
        NEUTRAL
    }

    private final MongoTemplate mongo;
    private final Clock clock;

    AuthorStandings(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public AuthorStanding set(String email, Standing standing, String moderator, String note) {
        AuthorStanding stored = new AuthorStanding(AuthorKeys.authorKey(email), standing == Standing.TRUSTED,
                standing == Standing.BLOCKED, clock.instant().truncatedTo(ChronoUnit.MILLIS), moderator, note);
        mongo.save(stored);
        return stored;
    }

    static Standing of(AuthorStanding stored) {
        return stored.blocked() ? Standing.BLOCKED : stored.trusted() ? Standing.TRUSTED : Standing.NEUTRAL;
    }

}
