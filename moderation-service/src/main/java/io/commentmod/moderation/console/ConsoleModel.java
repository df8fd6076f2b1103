package io.commentmod.moderation.console;

import java.security.Principal;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import io.commentmod.moderation.security.Roles;

/** What every console page's header needs: who is signed in and whether they may see the admin pages. */
@ControllerAdvice(basePackageClasses = ConsoleModel.class)
class ConsoleModel {

    @ModelAttribute("admin")
    boolean admin(Principal principal) {
        return principal instanceof Authentication authentication && authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + Roles.ADMIN));
    }

    @ModelAttribute("moderator")
    String moderator(Principal principal) {
        return principal == null ? null : principal.getName();
    }
}
