package io.commentmod.moderation.authors;

import java.security.Principal;
import java.time.Instant;

import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Blocking and trusting authors (see {@link AuthorStandings}). */
@RestController
@RequestMapping("/api/v1/moderation/authors")
class AuthorsController {

    record StandingRequest(@NotBlank @Email @Size(max = 320) String email, @NotNull AuthorStandings.Standing standing,
            @Size(max = 500) String note) {
    }

    /** The stored standing, without the address it was set for. */
    record StandingView(AuthorStandings.Standing standing, Instant updatedAt, String updatedBy, String note) {
    }

    private final AuthorStandings standings;

    AuthorsController(AuthorStandings standings) {
        this.standings = standings;
    }

    @PutMapping("/standing")
    StandingView setStanding(@Valid @RequestBody StandingRequest request, Principal moderator) {
        AuthorStanding stored = standings.set(request.email(), request.standing(), moderator.getName(),
                request.note());
        return new StandingView(AuthorStandings.of(stored), stored.updatedAt(), stored.updatedBy(), stored.note());
    }
}
