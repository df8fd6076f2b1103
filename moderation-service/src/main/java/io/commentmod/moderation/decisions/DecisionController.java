package io.commentmod.moderation.decisions;

import java.security.Principal;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.commentmod.moderation.cases.CaseView;
import jakarta.validation.Valid;

@RestController
class DecisionController {

    private final ModeratorDecisions decisions;

    DecisionController(ModeratorDecisions decisions) {
        this.decisions = decisions;
    }

    @PostMapping("/api/v1/moderation/cases/{commentId}/decision")
    CaseView decide(@PathVariable String commentId, @Valid @RequestBody DecisionRequest request,
            Principal moderator) {
        return decisions.decide(commentId, request, moderator.getName());
    }
}
