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

    /** The case with where its signals matched, the author's record and the parent comment. */
    @GetMapping("/{commentId}/details")
    CaseDetails details(@PathVariable String commentId) {
        return details.details(commentId);
    }
}
