package io.commentmod.moderation.console;

import java.security.Principal;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.commentmod.engine.EngineSettings;
import io.commentmod.moderation.queue.ModerationQueue;
import io.commentmod.moderation.rules.RuleSet;
import io.commentmod.moderation.rules.RuleSets;
import io.commentmod.moderation.rules.RulesPreview;

/**
 * The rules page (ADMIN, see the security configuration): edit word lists, domains and thresholds, preview how the
 * latest comments would be decided, then save a new version that decides the next comment on every instance.
 */
@Controller
class RulesPageController {

    static final int PREVIEW_COMMENTS = 200;

    private final RuleSets ruleSets;
    private final RulesPreview preview;
    private final ModerationQueue queue;

    RulesPageController(RuleSets ruleSets, RulesPreview preview, ModerationQueue queue) {
        this.ruleSets = ruleSets;
        this.preview = preview;
        this.queue = queue;
    }

    @GetMapping("/console/rules")
    String rules(Model model) {
        RuleSet active = ruleSets.active();
        return page(model, active, RulesForm.of(active.settings()));
    }

    @PostMapping("/console/rules")
    String submit(@ModelAttribute("form") RulesForm form, BindingResult binding,
            @RequestParam(defaultValue = "preview") String action, Principal admin, Model model,
            RedirectAttributes flash) {
        RuleSet active = ruleSets.active();
        if (binding.hasErrors()) {
            model.addAttribute("problems", binding.getFieldErrors().stream()
                    .map(e -> e.getField() + ": not a number").toList());
            return page(model, active, form);
        }
        EngineSettings edited = form.toSettings(RuleSet.versionOf(0));
        List<String> problems = edited.problems();
        if (!problems.isEmpty()) {
            model.addAttribute("problems", problems);
            return page(model, active, form);
        }
        if ("save".equals(action)) {
            RuleSet saved = ruleSets.publish(edited, admin.getName());
            flash.addFlashAttribute("message", "Saved as " + saved.version() + "; it decides the next comment.");
            return "redirect:/console/rules";
        }
        model.addAttribute("preview", preview.preview(edited, PREVIEW_COMMENTS));
        return page(model, active, form);
    }

    private String page(Model model, RuleSet active, RulesForm form) {
        model.addAttribute("active", active);
        model.addAttribute("form", form);
        model.addAttribute("counts", queue.counts());
        return "console/rules";
    }
}
