package io.commentmod.moderation.queue;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

@RestController
@RequestMapping("/api/v1/moderation/queue")
class QueueController {

    static final int MAX_PAGE_SIZE = 100;

    private final ModerationQueue queue;

    QueueController(ModerationQueue queue) {
        this.queue = queue;
    }

    @GetMapping
    QueuePage queue(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        return queue.page(page, size);
    }
}
