package io.commentmod.moderation.queue;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.commentmod.contracts.Priority;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/moderation/queue")
class QueueController {

    static final int MAX_PAGE_SIZE = 100;

    private final ModerationQueue queue;

    QueueController(ModerationQueue queue) {
        this.queue = queue;
    }

    /**
     * A list of cases: {@code view} WAITING (default: held and reported), PENDING, REPORTED or RECENT (decided by a
     * moderator), narrowed by article, author e-mail, reason (a rule id or {@code reader.report}) and priority; paged
     * with {@code after} (the {@code next} of the page before) or, without a cursor, {@code page}.
     */
    @GetMapping
    QueuePage queue(@RequestParam(defaultValue = "WAITING") QueueView view,
            @RequestParam(required = false) @Size(max = 200) String article,
            @RequestParam(required = false) @Email @Size(max = 320) String author,
            @RequestParam(required = false) @Size(max = 100) String reason,
            @RequestParam(required = false) Priority priority,
            @RequestParam(required = false) @Size(max = 400) String after,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        return queue.page(view, new QueueFilter(article, author, reason, priority), after, page, size);
    }

    @GetMapping("/counts")
    QueueCounts counts() {
        return queue.counts();
    }
}
