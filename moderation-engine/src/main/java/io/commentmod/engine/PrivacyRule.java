package io.commentmod.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.commentmod.contracts.Priority;

/**
 * Personal contact data in a public comment: the writer's own (which exposes them) or someone else's (which exposes
 * a third party). Held so a moderator can decide, never published unseen.
 */
final class PrivacyRule implements Rule {

    static final String EMAIL = "privacy.email";
    static final String PHONE = "privacy.phone";

    private static final Pattern EMAIL_ADDRESS = Matches.pattern(
            "\\b[a-z0-9._%+-]+@[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}\\b"
                    // "jo dot smith at mail dot com", the way people dodge address filters
                    + "|\\b[a-z0-9._-]+\\s*(?:\\[at]|\\(at\\)|\\s+at\\s+)\\s*[a-z0-9-]+\\s*(?:\\[dot]|\\(dot\\)|\\s+dot\\s+)"
                    + "\\s*(?:com|net|org|co|uk|de|fr|io|info|edu)\\b");

    /** Digit groups with the separators phone numbers are written with; the digit count is checked afterwards. */
    private static final Pattern PHONE_NUMBER = Pattern.compile(
            "(?<![\\w+/.-])(?:\\+\\d{1,3}[\\s.-]?)?(?:\\(\\d{1,5}\\)[\\s.-]?)?\\d{2,5}(?:[\\s.-]?\\d{2,5}){1,4}(?![\\w/])");

    /** Dates and year ranges have phone-like digit runs: 12.05.2014, 2014-05-12, 2012-2014. */
    private static final Pattern DATE_LIKE = Pattern.compile(
            "\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{4}[./-]\\d{1,2}[./-]\\d{1,2}|(?:19|20)\\d\\d\\s*[-.]?\\s*(?:19|20)\\d\\d");

    @Override
    public List<Signal> apply(CommentToModerate comment) {
        String body = comment.body();
        List<Signal> signals = new ArrayList<>();
        for (String hit : Matches.all(EMAIL_ADDRESS, body)) {
            signals.add(new Signal(EMAIL, Category.PRIVACY, Signal.HOLD_LEVEL, Priority.HIGH, hit,
                    "The comment shows an e-mail address publicly."));
        }
        Matcher phones = PHONE_NUMBER.matcher(body);
        while (phones.find() && signals.size() < Matches.MAX_HITS) {
            String hit = phones.group().trim();
            long digits = hit.chars().filter(Character::isDigit).count();
            if (digits >= 7 && digits <= 15 && !DATE_LIKE.matcher(hit).matches() && writtenLikeAPhone(hit)) {
                signals.add(new Signal(PHONE, Category.PRIVACY, Signal.HOLD_LEVEL, Priority.HIGH, hit,
                        "The comment shows a phone number publicly."));
            }
        }
        return signals;
    }

    /**
     * An unbroken run of digits is a count ("1000000 views") unless it starts like a dialled number (a country
     * prefix or a trunk zero); phone numbers written for people to read are grouped or bracketed.
     */
    private static boolean writtenLikeAPhone(String hit) {
        boolean grouped = hit.chars().anyMatch(c -> !Character.isDigit(c));
        return grouped || hit.startsWith("0");
    }
}
