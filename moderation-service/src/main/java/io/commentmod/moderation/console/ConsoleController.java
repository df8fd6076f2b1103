package io.commentmod.moderation.console;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import io.commentmod.contracts.Priority;
import io.commentmod.moderation.authors.AuthorStandings;
import io.commentmod.moderation.cases.CaseDetails;
import io.commentmod.moderation.cases.CaseDetailsReader;
import io.commentmod.moderation.cases.Cases;
import io.commentmod.moderation.decisions.BulkDecisionResult;
import io.commentmod.moderation.decisions.DecisionCategory;
import io.commentmod.moderation.decisions.DecisionRequest;
import io.commentmod.moderation.decisions.ModeratorDecision;
import io.commentmod.moderation.decisions.ModeratorDecisions;
import io.commentmod.moderation.queue.ModerationQueue;
import io.commentmod.moderation.queue.QueueCounts;
import io.commentmod.moderation.queue.QueueFilter;
import io.commentmod.moderation.queue.QueueView;

/**
 * The moderators' web console: server-rendered pages over the same services the API uses, with forms (CSRF-protected
 * by the console's security chain) for decisions, and a little script for keys and new items.
 */
@Controller
class ConsoleController {

    static final int PAGE_SIZE = 50;

    private final ModerationQueue queue;
    private final CaseDetailsReader details;
    private final ModeratorDecisions decisions;
    private final DecisionStats stats;
    private final AuthorStandings standings;
    private final Cases cases;

    ConsoleController(ModerationQueue queue, CaseDetailsReader details, ModeratorDecisions decisions,
            DecisionStats stats, AuthorStandings standings, Cases cases) {
        this.cases = cases;
        this.queue = queue;
        this.details = details;
        this.decisions = decisions;
        this.stats = stats;
        this.standings = standings;
    }

    /** Decisions per day over the last two weeks, and the rules behind the automatic ones. */
    @GetMapping("/console/stats")
    String stats(Model model) {
        model.addAttribute("stats", stats.lastDays(14));
        model.addAttribute("counts", queue.counts());
        return "console/stats";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/console")
    String queue(@RequestParam(defaultValue = "WAITING") QueueView view,
            @RequestParam(required = false) String article, @RequestParam(required = false) Priority priority,
            @RequestParam(required = false) String reason, @RequestParam(required = false) String author,
            @RequestParam(required = false) String after, Model model) {
        QueueFilter filter = new QueueFilter(blankToNull(article), blankToNull(author), blankToNull(reason),
                priority);
        model.addAttribute("view", view);
        model.addAttribute("views", QueueView.values());
        model.addAttribute("filter", filter);
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("categories", DecisionCategory.values());
        model.addAttribute("queue", queue.page(view, filter, blankToNull(after), 0, PAGE_SIZE));
        model.addAttribute("counts", queue.counts());
        return "console/queue";
    }

    /** For the page's script: it polls this and offers to show what arrived. */
    @GetMapping("/console/counts")
    @ResponseBody
    QueueCounts counts() {
        return queue.counts();
    }

    @GetMapping("/console/cases/{commentId}")
    String moderationCase(@PathVariable String commentId, Model model) {
        CaseDetails found = details.details(commentId);
        model.addAttribute("details", found);
        model.addAttribute("c", found.moderationCase());
        model.addAttribute("segments", Segment.of(found.moderationCase().comment().body(), found.highlights()));
        model.addAttribute("categories", DecisionCategory.values());
        model.addAttribute("counts", queue.counts());
        return "console/case";
    }

    @PostMapping("/console/cases/{commentId}/decision")
    String decide(@PathVariable String commentId, @RequestParam ModeratorDecision decision,
            @RequestParam(required = false) DecisionCategory category,
            @RequestParam(required = false) String note, @RequestParam int revision,
            @RequestParam(defaultValue = "WAITING") QueueView back, Principal moderator,
            RedirectAttributes flash) {
        DecisionRequest request = request(decision, category, note);
        try {
            decisions.decide(commentId, new DecisionRequest(request.decision(), request.reason(), revision,
                    request.category()), moderator.getName());
        } catch (ResponseStatusException e) {
            if (e.getStatusCode() != HttpStatus.CONFLICT) {
                throw e;
            }
            flash.addFlashAttribute("problem", "Another moderator decided this comment meanwhile; here is how it"
                    + " stands now.");
            return "redirect:/console/cases/" + commentId;
        }
        flash.addFlashAttribute("message", (decision == ModeratorDecision.APPROVE ? "Approved" : "Rejected")
                + " the comment.");
        return "redirect:" + UriComponentsBuilder.fromPath("/console").queryParam("view", back).build().toUriString();
    }

    @PostMapping("/console/decisions")
    String decideAll(@RequestParam(name = "commentIds", required = false) List<String> commentIds,
            @RequestParam ModeratorDecision decision, @RequestParam(required = false) DecisionCategory category,
            @RequestParam(defaultValue = "WAITING") QueueView back, Principal moderator,
            RedirectAttributes flash) {
        if (commentIds == null || commentIds.isEmpty()) {
            flash.addFlashAttribute("problem", "Select comments first (x, or the boxes).");
        } else {
            BulkDecisionResult result = decisions.decideAll(commentIds.stream().limit(100).toList(),
                    request(decision, category, null), moderator.getName());
            long decided = result.results().stream()
                    .filter(r -> r.outcome() == BulkDecisionResult.Outcome.DECIDED).count();
            long skipped = result.results().size() - decided;
            flash.addFlashAttribute("message", (decision == ModeratorDecision.APPROVE ? "Approved " : "Rejected ")
                    + decided + (decided == 1 ? " comment" : " comments")
                    + (skipped > 0 ? "; " + skipped + " had changed meanwhile and were left as they are." : "."));
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/console").queryParam("view", back).build().toUriString();
    }

    /** Blocks, trusts or clears the author of a case; back to the case. */
    @PostMapping("/console/cases/{commentId}/author/standing")
    String setAuthorStanding(@PathVariable String commentId, @RequestParam AuthorStandings.Standing standing,
            Principal moderator, RedirectAttributes flash) {
        String email = authorEmailOf(commentId);
        standings.set(email, standing, moderator.getName(), "set on the case of comment " + commentId);
        flash.addFlashAttribute("message", switch (standing) {
            case BLOCKED -> "The author is blocked: their next comments are rejected.";
            case TRUSTED -> "The author is trusted: their next comments get the trust bonus.";
            case NEUTRAL -> "The author is neither blocked nor trusted any more.";
        });
        return "redirect:/console/cases/" + commentId;
    }

    /** Rejects every comment of the case's author (this one included) that is not rejected yet. */
    @PostMapping("/console/cases/{commentId}/author/reject-all")
    String rejectAllOfAuthor(@PathVariable String commentId, @RequestParam(required = false) DecisionCategory category,
            Principal moderator, RedirectAttributes flash) {
        BulkDecisionResult result = decisions.decideAllOfAuthor(authorEmailOf(commentId),
                request(ModeratorDecision.REJECT, category, null), moderator.getName());
        long decided = result.results().stream()
                .filter(r -> r.outcome() == BulkDecisionResult.Outcome.DECIDED).count();
        flash.addFlashAttribute("message", "Rejected " + decided + " comments of this author.");
        return "redirect:/console/cases/" + commentId;
    }

    private String authorEmailOf(String commentId) {
        var author = cases.get(commentId).comment().author();
        if (author == null || author.email() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "This comment has no author address.");
        }
        return author.email();
    }

    /** A rejection without a category takes OTHER; an approval needs none. */
    private static DecisionRequest request(ModeratorDecision decision, DecisionCategory category, String note) {
        DecisionCategory effective = category == null && decision == ModeratorDecision.REJECT
                ? DecisionCategory.OTHER : category;
        String trimmed = note == null || note.isBlank() ? null : note.strip();
        if (effective == null && trimmed == null) {
            effective = DecisionCategory.OTHER;
        }
        return new DecisionRequest(decision, trimmed, null, effective);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A piece of a comment's body, marked with the rule that matched it or plain. */
    record Segment(String text, String ruleId) {

        static List<Segment> of(String body, List<CaseDetails.Highlight> highlights) {
            String text = body == null ? "" : body;
            List<Segment> segments = new ArrayList<>();
            int at = 0;
            for (CaseDetails.Highlight h : highlights) {
                if (h.start() < at || h.end() > text.length()) {
                    continue;
                }
                if (h.start() > at) {
                    segments.add(new Segment(text.substring(at, h.start()), null));
                }
                segments.add(new Segment(text.substring(h.start(), h.end()), h.ruleId()));
                at = h.end();
            }
            if (at < text.length()) {
                segments.add(new Segment(text.substring(at), null));
            }
            return segments;
        }
    }
}
