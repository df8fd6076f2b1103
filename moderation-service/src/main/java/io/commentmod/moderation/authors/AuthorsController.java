package io.commentmod.moderation.authors;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.commentmod.moderation.authors.AuthorKeys;
import io.commentmod.moderation.authors.AuthorStanding;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Blocking and trusting authors. Authors are known by their e-mail address, stored only as its hash: the rules look
 * the standing up for every new comment of that address, so a block takes effect with the author's next comment.
 */
@RestController
@RequestMapping("/api/v1/moderation/authors")
class AuthorsController {

    enum Standing {
        /** Everything the author posts is rejected (unless they may be in danger: that is still held, urgently). */
        BLOCKED,
        /** The author gets the trust bonus. */
        TRUSTED,
        /** Neither: the author is judged by their history again. */
        NEUTRAL
    }

    record StandingRequest(@NotBlank @Email @Size(max = 320) String email, @NotNull Standing standing,
            @Size(max = 500) String note) {
    }

    /** The stored standing, without the address it was set for. */
    record StandingView(Standing standing, Instant updatedAt, String updatedBy, String note) {
    }

    private final MongoTemplate mongo;
    private final Clock clock;

    AuthorsController(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @PutMapping("/standing")
    StandingView setStanding(@Valid @RequestBody StandingRequest request, Principal moderator) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        AuthorStanding standing = new AuthorStanding(AuthorKeys.authorKey(request.email()),
                request.standing() == Standing.TRUSTED, request.standing() == Standing.BLOCKED, now,
                moderator.getName(), request.note());
        mongo.save(standing);
        return new StandingView(request.standing(), now, moderator.getName(), request.note());
    }
}
