package io.commentmod.moderation.cases;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/moderation/cases")
class CasesController {

    private final Cases cases;

    CasesController(Cases cases) {
        this.cases = cases;
    }

    @GetMapping("/{commentId}")
    CaseView get(@PathVariable String commentId) {
        return CaseView.of(cases.get(commentId));
    }
}
