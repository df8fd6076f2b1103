package io.commentmod.moderation.decisions;

import java.security.Principal;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.commentmod.moderation.cases.CaseView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

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

    /** Rejects (or approves) every comment of one author that is not already so. */
    record AuthorDecisionRequest(@NotBlank @Email @Size(max = 320) String authorEmail,
            @NotNull @Valid DecisionRequest decision) {
    }

    @PostMapping("/api/v1/moderation/decisions/by-author")
    BulkDecisionResult decideAllOfAuthor(@Valid @RequestBody AuthorDecisionRequest request, Principal moderator) {
        return decisions.decideAllOfAuthor(request.authorEmail(), request.decision(), moderator.getName());
    }

    /** The same decision for a selection of cases (bulk approve or reject). */
    @PostMapping("/api/v1/moderation/decisions")
    BulkDecisionResult decideAll(@Valid @RequestBody BulkDecisionRequest request, Principal moderator) {
        return decisions.decideAll(request.commentIds(), request.decision(), moderator.getName());
    }
}
