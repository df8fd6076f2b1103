package io.commentmod.engine;

import java.util.List;
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

    private static final Pattern EMAIL_ADDRESS = Matches.pattern(
            "\\b[a-z0-9._%+-]+@[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}\\b"
                    // "jo dot smith at mail dot com", the way people dodge address filters
                    + "|\\b[a-z0-9._-]+\\s*(?:\\[at]|\\(at\\)|\\s+at\\s+)\\s*[a-z0-9-]+\\s*(?:\\[dot]|\\(dot\\)|\\s+dot\\s+)"
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
        if (normalized.indexOf('@') >= 0 || Matches.containsAny(normalized, " at ", "(at)", "[at]")
                && Matches.containsAny(normalized, " dot ", "(dot)", "[dot]")) {
            for (String hit : Matches.all(EMAIL_ADDRESS, text)) {
                signals.add(new Signal(EMAIL, Category.PRIVACY, Signal.HOLD_LEVEL, Priority.HIGH, hit,
                        "The comment shows an e-mail address publicly."));
            }
        }
        for (String hit : evaluation.phones()) {
            signals.add(new Signal(PHONE, Category.PRIVACY, Signal.HOLD_LEVEL, Priority.HIGH, hit,
                    "The comment shows a phone number publicly."));
        }
        if (hasDigit(normalized)) {
            for (String hit : STREET_ADDRESS.all(text)) {
                if (hit.chars().noneMatch(Character::isUpperCase)) {
                    continue; // "a 5 minutes drive": street names are written with capitals
                }
                signals.add(new Signal(ADDRESS, Category.PRIVACY, Signal.HOLD_LEVEL, Priority.HIGH, hit,
                        "The comment shows a street address publicly."));
            }
        }
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }
}
