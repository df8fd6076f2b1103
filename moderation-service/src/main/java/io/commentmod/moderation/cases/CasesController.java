package io.commentmod.moderation.cases;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/moderation/cases")
class CasesController {

    private final Cases cases;
    private final CaseDetailsReader details;

    CasesController(Cases cases, CaseDetailsReader details) {
        this.cases = cases;
        this.details = details;
    }

    @GetMapping("/{commentId}")
    CaseView get(@PathVariable String commentId) {
        return CaseView.of(cases.get(commentId));
    }

    /**
     * The audit trail: every decision on the comment, automatic and human, oldest first, with the rules and model
     * versions, the moderator, the reason and the time. Entries are only ever appended (see the writers of
     * {@link ModerationCase#history()}); no endpoint changes or removes one.
     */
    @GetMapping("/{commentId}/history")
    java.util.List<ModerationCase.HistoryEntry> history(@PathVariable String commentId) {
        return cases.get(commentId).history();
    }

    /** The case with where its signals matched, the author's record and the parent comment. */
    @GetMapping("/{commentId}/details")
    CaseDetails details(@PathVariable String commentId) {
        return details.details(commentId);
    }
}
