package io.commentmod.notification.preferences;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.commentmod.kit.web.FieldRejectedException;
import io.commentmod.notification.recipients.EmailAddresses;
import io.commentmod.notification.recipients.NotificationKind;
import io.commentmod.notification.recipients.OnCallPlanner;

/**
 * The small page behind the "email preferences" link of every email: immediately, in a daily digest or not at all,
 * per kind. No login: the signed token in the link proves the address, like for one-click unsubscribe, and is also
 * what a cross-site form could not forge (so no CSRF token either).
 */
@Controller
@RequestMapping("/preferences")
class PreferencesController {

    private static final Logger log = LoggerFactory.getLogger(PreferencesController.class);

    private final UnsubscribeTokens tokens;
    private final EmailPreferences preferences;
    private final OnCallPlanner onCall;

    PreferencesController(UnsubscribeTokens tokens, EmailPreferences preferences, OnCallPlanner onCall) {
        this.tokens = tokens;
        this.preferences = preferences;
        this.onCall = onCall;
    }

    @GetMapping
    String show(@RequestParam(required = false) String token, Model model) {
        UnsubscribeToken verified = UnsubscribeController.verified(tokens, token);
        return page(verified, token, false, model);
    }

    /** Form fields are kind names with a mode as value; kinds not in the form keep their mode. */
    @PostMapping
    String save(@RequestParam(required = false) String token, @RequestParam MultiValueMap<String, String> form,
            Model model) {
        UnsubscribeToken verified = UnsubscribeController.verified(tokens, token);
        Map<NotificationKind, DeliveryMode> chosen = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            String value = form.getFirst(kind.name());
            if (value != null) {
                chosen.put(kind, parse(kind, value));
            }
        }
        preferences.set(verified.email(), chosen);
        log.info("Preferences of {} set: {}", EmailAddresses.mask(verified.email()), chosen);
        return page(verified, token, true, model);
    }

    private String page(UnsubscribeToken verified, String token, boolean saved, Model model) {
        Map<NotificationKind, DeliveryMode> modes = preferences.modesOf(verified.email());
        List<Row> rows = new ArrayList<>();
        for (NotificationKind kind : NotificationKind.values()) {
            if (kind == NotificationKind.URGENT_HOLD && !onCall.isOnCall(verified.email())
                    && modes.get(kind) == DeliveryMode.IMMEDIATE) {
                continue;
            }
            rows.add(new Row(kind.name(), UnsubscribeController.describe(kind.name()), modes.get(kind).name(),
                    kind.digestible() ? List.of(DeliveryMode.values())
                            : List.of(DeliveryMode.IMMEDIATE, DeliveryMode.OFF)));
        }
        model.addAttribute("email", EmailAddresses.mask(verified.email()));
        model.addAttribute("rows", rows);
        model.addAttribute("token", token);
        model.addAttribute("saved", saved);
        return "preferences/page";
    }

    private static DeliveryMode parse(NotificationKind kind, String value) {
        DeliveryMode mode;
        try {
            mode = DeliveryMode.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new FieldRejectedException(kind.name(), "must be IMMEDIATE, DAILY or OFF");
        }
        if (mode == DeliveryMode.DAILY && !kind.digestible()) {
            throw new FieldRejectedException(kind.name(), "cannot wait for a digest: IMMEDIATE or OFF");
        }
        return mode;
    }

    /** One kind on the page: its words, its current mode and the modes it may take. */
    record Row(String kind, String description, String mode, List<DeliveryMode> choices) {
    }
}
