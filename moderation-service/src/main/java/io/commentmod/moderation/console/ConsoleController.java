package io.commentmod.moderation.console;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.commentmod.moderation.queue.ModerationQueue;

/** The moderators' web console: server-rendered pages over the same services the API uses. */
@Controller
class ConsoleController {

    static final int PAGE_SIZE = 50;

    private final ModerationQueue queue;

    ConsoleController(ModerationQueue queue) {
        this.queue = queue;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/console")
    String pending(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("queue", queue.page(Math.max(0, page), PAGE_SIZE));
        return "console/queue";
    }
}
