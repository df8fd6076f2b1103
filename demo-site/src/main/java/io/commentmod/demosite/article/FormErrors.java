package io.commentmod.demosite.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.commentmod.demosite.proxy.FieldMessage;

/**
 * comment-service's field errors, keyed by the form field they belong to. The API names fields by their JSON path
 * ({@code author.email}); the form calls them {@code email}. Errors on fields the reader cannot edit (the article,
 * the comment replied to) go to {@code general}.
 */
public record FormErrors(Map<String, String> byField, List<String> general) {

    private static final Map<String, String> FORM_FIELD = Map.of(
            "author.name", "name",
            "author.email", "email",
            "body", "body",
            "notifyOnReply", "notifyOnReply");

    static FormErrors none() {
        return new FormErrors(Map.of(), List.of());
    }

    static FormErrors of(List<FieldMessage> errors, String detail) {
        Map<String, String> byField = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        for (FieldMessage error : errors) {
            String field = FORM_FIELD.get(error.field());
            String message = sentence(error.message());
            if (field != null) {
                byField.merge(field, message, (first, second) -> first + " " + second);
            } else if ("parentId".equals(error.field())) {
                general.add("The comment you are replying to cannot be answered any more. " + message);
            } else {
                general.add(message);
            }
        }
        if (byField.isEmpty() && general.isEmpty()) {
            general.add(detail != null && !detail.isBlank() ? detail : "Please check your comment and try again.");
        }
        return new FormErrors(byField, general);
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        return byField.get(field);
    }

    public boolean any() {
        return !byField.isEmpty() || !general.isEmpty();
    }

    /** "must not be blank" reads better next to a field as "Must not be blank." */
    private static String sentence(String message) {
        if (message == null || message.isBlank()) {
            return "Please check this field.";
        }
        String text = message.strip();
        text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return text.endsWith(".") ? text : text + ".";
    }
}
