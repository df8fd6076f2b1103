package io.commentmod.moderation.decisions;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The same decision for a selection of cases (up to {@link #MAX_CASES}), each decided on its own against its
 * current revision: one that another moderator decided meanwhile is reported, not overridden.
 */
record BulkDecisionRequest(
        @NotEmpty @Size(max = BulkDecisionRequest.MAX_CASES) List<@NotBlank @Size(max = 200) String> commentIds,
        @NotNull @Valid DecisionRequest decision) {

    static final int MAX_CASES = 100;
}
