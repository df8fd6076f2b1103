package io.commentmod.moderation.accounts;

import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.commentmod.moderation.security.Roles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** ADMIN only (see the security configuration): who may moderate. */
@RestController
@RequestMapping("/api/v1/moderation/accounts")
class AccountsController {

    private final Accounts accounts;

    AccountsController(Accounts accounts) {
        this.accounts = accounts;
    }

    /** A new account; {@code role} ADMIN also grants MODERATOR. */
    record NewAccount(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{3,40}",
                    message = "3 to 40 letters, digits, dots, dashes or underscores") String username,
            @NotNull @Size(min = 12, max = 128, message = "must be 12 to 128 characters") String password,
            @NotNull Role role) {
    }

    enum Role {
        MODERATOR, ADMIN
    }

    /** An account as the API shows it: never the password hash. */
    record AccountView(String username, Set<String> roles, boolean enabled, Instant createdAt, String createdBy) {

        static AccountView of(Account a) {
            return new AccountView(a.username(), a.roles(), a.enabled(), a.createdAt(), a.createdBy());
        }
    }

    record Enabled(@NotNull Boolean enabled) {
    }

    @GetMapping
    List<AccountView> list() {
        return accounts.all().stream().map(AccountView::of).toList();
    }

    @PostMapping
    ResponseEntity<AccountView> create(@Valid @RequestBody NewAccount request, Principal admin) {
        Set<String> roles = request.role() == Role.ADMIN ? Set.of(Roles.ADMIN, Roles.MODERATOR)
                : Set.of(Roles.MODERATOR);
        if (!accounts.create(request.username(), request.password(), roles, admin.getName())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "An account named " + Accounts.normalize(request.username()) + " exists already.");
        }
        AccountView view = accounts.find(request.username()).map(AccountView::of).orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/moderation/accounts/" + view.username())).body(view);
    }

    /** Disables or re-enables an account; an admin cannot lock themselves out. */
    @PutMapping("/{username}/enabled")
    ResponseEntity<Void> setEnabled(@PathVariable String username, @Valid @RequestBody Enabled request,
            Principal admin) {
        if (!request.enabled() && Accounts.normalize(username).equals(Accounts.normalize(admin.getName()))) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "You cannot disable your own account.");
        }
        if (!accounts.setEnabled(username, request.enabled())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No account " + username + ".");
        }
        return ResponseEntity.noContent().build();
    }
}
