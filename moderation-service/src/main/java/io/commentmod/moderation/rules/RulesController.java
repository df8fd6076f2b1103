package io.commentmod.moderation.rules;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.commentmod.engine.EngineSettings;
import io.commentmod.kit.web.ProblemDetailsAdvice;
import io.commentmod.kit.web.ProblemDetailsAdvice.FieldMessage;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The engine's settings as data (ADMIN only, see the security configuration): read the active version, save a new
 * one, list and read past ones. A saved version decides the next comment on every instance.
 */
@RestController
@RequestMapping(RulesController.PATH)
class RulesController {

    static final String PATH = "/api/v1/moderation/rules";

    private final RuleSets ruleSets;
    private final RulesPreview preview;

    RulesController(RuleSets ruleSets, RulesPreview preview) {
        this.ruleSets = ruleSets;
        this.preview = preview;
    }

    @GetMapping
    RuleSet active() {
        return ruleSets.active();
    }

    /**
     * Validates the whole settings document with {@link EngineSettings#problems()} and stores it as the next version.
     * The {@code version} in the body is ignored: the server numbers versions.
     */
    @PutMapping
    ResponseEntity<Object> save(@RequestBody EngineSettings settings, Principal admin) {
        List<FieldMessage> problems = settings.withVersion(RuleSet.versionOf(0)).problems().stream()
                .map(RulesController::fieldMessage).toList();
        if (!problems.isEmpty()) {
            return ProblemDetailsAdvice.validationProblem(problems);
        }
        RuleSet saved = ruleSets.publish(settings, admin.getName());
        return ResponseEntity.created(URI.create(PATH + "/versions/" + saved.version())).body(saved);
    }

    /**
     * How the latest comments would be decided under these settings, against the active ones; nothing is saved.
     * Invalid settings are a 400 naming the fields, as for saving.
     */
    @PostMapping("/preview")
    ResponseEntity<Object> preview(@RequestBody EngineSettings settings,
            @RequestParam(defaultValue = "200") @Min(1) @Max(RulesPreview.MAX_COMMENTS) int comments) {
        EngineSettings candidate = settings.withVersion(RuleSet.versionOf(0));
        List<FieldMessage> problems = candidate.problems().stream().map(RulesController::fieldMessage).toList();
        if (!problems.isEmpty()) {
            return ProblemDetailsAdvice.validationProblem(problems);
        }
        return ResponseEntity.ok(preview.preview(candidate, comments));
    }

    @GetMapping("/versions")
    List<RuleSet.Summary> versions(@RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return ruleSets.versions(limit);
    }

    @GetMapping("/versions/{version}")
    RuleSet version(@PathVariable String version) {
        return ruleSets.find(version).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "No engine settings version " + version + "."));
    }

    /** {@code "holdThreshold: must be above 0"} becomes the field and its message. */
    private static FieldMessage fieldMessage(String problem) {
        int colon = problem.indexOf(": ");
        return colon < 0 ? new FieldMessage("settings", problem)
                : new FieldMessage(problem.substring(0, colon), problem.substring(colon + 2));
    }
}
