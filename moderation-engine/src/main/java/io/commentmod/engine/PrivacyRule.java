package io.commentmod.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.commentmod.contracts.Priority;

/**
 * Personal data in a public comment: the writer's own (which exposes them) or someone else's (which exposes a third
 * party). Phone numbers, e-mail addresses and street addresses are held so a moderator can decide, never published
 * unseen.
 */
final class PrivacyRule implements Rule {

    static final String EMAIL = "privacy.email";
    static final String PHONE = "privacy.phone";
    static final String ADDRESS = "privacy.address";

    /** An address with its "@". */
    private static final Pattern EMAIL_ADDRESS = Matches.pattern(
            "\\b[a-z0-9._%+-]+@[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}\\b");

    /** "jo dot smith at mail dot com", the way people dodge address filters. */
    private static final Pattern SPELLED_EMAIL_ADDRESS = Matches.pattern(
            "\\b[a-z0-9._-]+\\s*(?:\\[at]|\\(at\\)|\\s+at\\s+)\\s*[a-z0-9-]+\\s*(?:\\[dot]|\\(dot\\)|\\s+dot\\s+)"
                    + "\\s*(?:com|net|org|co|uk|de|fr|io|info|edu)\\b");

    /** "at 10 on the way home" is a time, not an address: street names are not made of function words. */
    private static final String NOT_FUNCTION_WORD = "(?!(?:the|a|an|my|your|his|her|our|their|on|in|at|to|of|and|or"
            + "|per|for|by|with|from|this|that|all|every|each|times?|more|last|first|next)\\b)";

    /** A house number, one to three words and a street type: "12 Elm Street", "221b Baker St". */
    private static final Trigger STREET_ADDRESS = new Trigger(
            "\\b\\d{1,5}[a-z]?,?\\s+(?:" + NOT_FUNCTION_WORD + "[a-z][a-z'-]+\\s+){1,3}(?:street|st|avenue|ave|road|rd|lane|ln|drive|dr"
                    + "|boulevard|blvd|court|ct|close|crescent|terrace|place|pl|way|square|sq|gardens|parkway"
                    + "|strasse|straße)\\b\\.?",
            "0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    @Override
    public void apply(Evaluation evaluation, List<Signal> signals) {
        NormalizedText text = evaluation.text;
        String normalized = text.text();
        List<String> emails = emailAddresses(text);
        if (Matches.containsAny(normalized, " at ", "(at)", "[at]")
                && Matches.containsAny(normalized, " dot ", "(dot)", "[dot]")) {
            emails = new ArrayList<>(emails);
            emails.addAll(Matches.all(SPELLED_EMAIL_ADDRESS, text));
        }
        for (String hit : emails) {
            signals.add(new Signal(EMAIL, Category.PRIVACY, Signal.HOLD_LEVEL, Priority.HIGH, hit,
                    "The comment shows an e-mail address publicly."));
        }
        for (String hit : evaluation.phones()) {
            signals.add(new Signal(PHONE, Category.PRIVACY, Signal.HOLD_LEVEL, Priority.HIGH, hit,
                    "The comment shows a phone number publicly."));
        }
        if (text.stats().digits() > 0) {
            for (String hit : STREET_ADDRESS.all(text)) {
                if (hit.chars().noneMatch(Character::isUpperCase)) {
                    continue; // "a 5 minutes drive": street names are written with capitals
                }
                signals.add(new Signal(ADDRESS, Category.PRIVACY, Signal.HOLD_LEVEL, Priority.HIGH, hit,
                        "The comment shows a street address publicly."));
            }
        }
    }

    /**
     * The addresses with an "@": the pattern is tried only at the word starts of the run of address characters
     * before each "@" (trying it at every word start of a comment with a "@" in it cost more than the rest of
     * the rule).
     */
    private static List<String> emailAddresses(NormalizedText text) {
        String normalized = text.text();
        int at = normalized.indexOf('@');
        if (at < 0) {
            return List.of();
        }
        List<String> found = new ArrayList<>(1);
        Matcher matcher = Matches.matcherAtWordStarts(EMAIL_ADDRESS, normalized);
        int from = 0;
        while (at >= 0 && found.size() < Matches.MAX_HITS) {
            int start = at;
            while (start > from && isLocalPartChar(normalized.charAt(start - 1))) {
                start--;
            }
            if (start < at && Matches.findAtWordStart(matcher, normalized, start, at)) {
                String original = text.originalOfText(matcher.start(), matcher.end());
                found.add(original.isBlank() ? matcher.group() : original);
                from = matcher.end();
            }
            at = normalized.indexOf('@', Math.max(at + 1, from));
        }
        return found;
    }

    private static boolean isLocalPartChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '%' || c == '+'
                || c == '-';
    }
}
