package io.commentmod.notification.deadletters;

import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.commentmod.contracts.DomainEvent;
import io.commentmod.contracts.Topics;
import io.commentmod.notification.delivery.EventIntake;
import io.commentmod.notification.delivery.UnsupportedEventException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * ADMIN: the events notification-service gave up on, and their replay once the cause is fixed (SMTP back, a new
 * version deployed). A replay runs the event through the same handling as the listener, in this request, so the
 * answer says whether it worked; the delivery log still guarantees nobody gets an email twice.
 */
@RestController
@RequestMapping("/api/v1/dead-letters")
class DeadLettersController {

    private static final Logger log = LoggerFactory.getLogger(DeadLettersController.class);

    private final DeadLetters deadLetters;
    private final EventIntake intake;
    private final JsonMapper json;

    DeadLettersController(DeadLetters deadLetters, EventIntake intake, JsonMapper json) {
        this.deadLetters = deadLetters;
        this.intake = intake;
        this.json = json;
    }

    /** Newest first, at most 200; {@code status} is NEW or REPLAYED, or absent for both. */
    @GetMapping
    List<DeadLetter> list(@RequestParam(required = false) DeadLetter.Status status) {
        return deadLetters.list(status);
    }

    @GetMapping("/{id}")
    DeadLetter one(@PathVariable String id) {
        return find(id);
    }

    @PostMapping("/{id}/replay")
    ReplayOutcome replay(@PathVariable String id, Principal admin) {
        DeadLetter letter = find(id);
        if (letter.status() == DeadLetter.Status.REPLAYED) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Dead letter " + id + " was already replayed.");
        }
        DomainEvent event = read(letter);
        try {
            intake.handle(event);
        } catch (UnsupportedEventException e) {
            deadLetters.markReplayFailed(id, e.getMessage());
            throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        } catch (RuntimeException e) {
            deadLetters.markReplayFailed(id, e.getClass().getSimpleName() + ": " + e.getMessage());
            log.warn("Replay of dead letter {} failed: {}", id, e.getMessage());
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
                    "The event failed again: " + e.getMessage() + ". It stays a dead letter; replay it later.");
        }
        deadLetters.markReplayed(id, admin.getName());
        log.info("Dead letter {} replayed by {}", id, admin.getName());
        return new ReplayOutcome(id, "REPLAYED", null);
    }

    /** Replays every NEW dead letter (oldest first); one failure does not stop the others. */
    @PostMapping("/replay")
    List<ReplayOutcome> replayAll(Principal admin) {
        List<DeadLetter> waiting = new ArrayList<>(deadLetters.list(DeadLetter.Status.NEW));
        waiting.sort((a, b) -> compare(a.deadLetteredAt(), b.deadLetteredAt()));
        List<ReplayOutcome> outcomes = new ArrayList<>();
        for (DeadLetter letter : waiting) {
            try {
                outcomes.add(replay(letter.id(), admin));
            } catch (ResponseStatusException e) {
                outcomes.add(new ReplayOutcome(letter.id(), "FAILED", e.getReason()));
            }
        }
        return outcomes;
    }

    private DeadLetter find(String id) {
        return deadLetters.find(id).orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No dead letter " + id + "."));
    }

    private DomainEvent read(DeadLetter letter) {
        Class<? extends DomainEvent> type = letter.eventType() == null ? null
                : Topics.eventTypes().get(letter.eventType());
        if (type == null || letter.payload() == null) {
            String why = "Dead letter " + letter.id() + " cannot be replayed: "
                    + (type == null ? "unknown event type " + letter.eventType() : "its value is not text") + ".";
            deadLetters.markReplayFailed(letter.id(), why);
            throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT, why);
        }
        try {
            return json.readValue(letter.payload(), type);
        } catch (JacksonException e) {
            String why = "Dead letter " + letter.id() + " cannot be read as " + letter.eventType() + ": "
                    + e.getOriginalMessage();
            deadLetters.markReplayFailed(letter.id(), why);
            throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT, why);
        }
    }

    private static int compare(Instant a, Instant b) {
        return a == null || b == null ? 0 : a.compareTo(b);
    }

    record ReplayOutcome(String id, String status, String error) {
    }
}
