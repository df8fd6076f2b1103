package io.commentmod.notification.preferences;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import io.commentmod.notification.recipients.EmailAddresses;

/**
 * The page behind every unsubscribe link.
 * <p>
 * GET only shows a confirmation with a button: mail scanners and link previewers fetch links, and must not
 * unsubscribe anyone. POST unsubscribes, without login or CSRF token, because that is what RFC 8058 one-click
 * clients send ({@code List-Unsubscribe=One-Click}); the signed token is the proof of ownership.
 */
@Controller
@RequestMapping("/unsubscribe")
class UnsubscribeController {

    private static final Logger log = LoggerFactory.getLogger(UnsubscribeController.class);

    private final UnsubscribeTokens tokens;
    private final EmailPreferences preferences;

    UnsubscribeController(UnsubscribeTokens tokens, EmailPreferences preferences) {
        this.tokens = tokens;
        this.preferences = preferences;
    }

    @GetMapping
    String confirm(@RequestParam(required = false) String token, Model model) {
        UnsubscribeToken verified = verify(token);
        model.addAttribute("email", EmailAddresses.mask(verified.email()));
        model.addAttribute("what", describe(verified.scope()));
        model.addAttribute("token", token);
        if (!UnsubscribeTokens.ALL.equals(verified.scope())) {
            // Whoever holds a valid link for this address may also stop everything to it.
            model.addAttribute("allToken", tokens.issue(verified.email(), UnsubscribeTokens.ALL));
        }
        return "unsubscribe/confirm";
    }

    @PostMapping
    String unsubscribe(@RequestParam(required = false) String token, Model model) {
        UnsubscribeToken verified = verify(token);
        preferences.turnOff(verified.email(), verified.scope());
        log.info("Unsubscribed {} from {}", EmailAddresses.mask(verified.email()), verified.scope());
        model.addAttribute("email", EmailAddresses.mask(verified.email()));
        model.addAttribute("what", describe(verified.scope()));
        model.addAttribute("token", token);
        return "unsubscribe/done";
    }

    private UnsubscribeToken verify(String token) {
        return verified(tokens, token);
    }

    /** Shared with the preferences page: the same token, the same answer when it is not valid. */
    static UnsubscribeToken verified(UnsubscribeTokens tokens, String token) {
        try {
            return tokens.verify(token);
        } catch (InvalidUnsubscribeTokenException e) {
            log.info("Refused unsubscribe token: {}", e.getMessage());
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "This link is invalid or has expired. Use the link in a recent email.");
        }
    }

    static String describe(String scope) {
        return switch (scope) {
            case "NEW_COMMENT" -> "emails about new comments on your articles";
            case "NEW_REPLY" -> "emails about new replies on your articles";
            case "REPLY_TO_YOU" -> "emails about replies to your comments";
            case "COMMENT_PUBLISHED" -> "emails telling you that your held comment was published";
            case "URGENT_HOLD" -> "urgent safety alerts for on-call moderators";
            default -> "all emails from this service";
        };
    }
}
