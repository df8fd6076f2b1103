package io.commentmod.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds phone numbers in normalized text (the privacy rule and the commercial-phone rule share it). */
final class Phones {

    /**
     * Digits with the separators and brackets phone numbers are written with: "+44 20 7946 0958", "(212) 555 0187",
     * "555-867-5309", "07700900123". Possessive, so a long run of digits costs one pass, not a search through every
     * way of grouping it; what follows the number and how many digits it has are checked afterwards.
     */
    private static final Pattern PHONE_NUMBER = Pattern.compile("\\+?\\(?\\d(?:[ .-]?\\(?\\d\\)?){6,17}+");

    /** Dates and year ranges have phone-like digit runs: 12.05.2014, 2014-05-12, 2012-2014. */
    private static final Pattern DATE_LIKE = Pattern.compile(
            "\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{4}[./-]\\d{1,2}[./-]\\d{1,2}|(?:19|20)\\d\\d\\s*[-.]?\\s*(?:19|20)\\d\\d");

    /** A number with thousands separators: "1.000.000", "2,124,821,694". */
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(?:\\.\\d{3}){2,}|\\d{1,3}(?:,\\d{3}){2,}");

    private Phones() {
    }

    /** The phone numbers, as written in the original. */
    static List<String> find(NormalizedText text) {
        String normalized = text.text();
        if (text.stats().digits() < 7) {
            return List.of();
        }
        List<String> found = new ArrayList<>(1);
        Matcher phones = Matches.matcherAtWordStarts(PHONE_NUMBER, normalized);
        int from = 0;
        while (found.size() < Matches.MAX_HITS && (from = nextStart(phones, normalized, from)) >= 0) {
            String hit = phones.group().trim();
            long digits = hit.chars().filter(c -> c >= '0' && c <= '9').count();
            if (digits >= 7 && digits <= 15 && !DATE_LIKE.matcher(hit).matches() && writtenLikeAPhone(hit)) {
                String original = text.originalOfText(phones.start(), phones.end());
                found.add(original.isBlank() ? hit : original);
            }
        }
        return found;
    }

    /**
     * Tries the pattern only where a number can start (a digit, "+" or "(" not preceded by a letter, digit or one of
     * "+/.-"); returns where to go on from after a match, or -1 when there is none.
     */
    private static int nextStart(Matcher matcher, String text, int from) {
        int n = text.length();
        for (int k = from; k < n; k++) {
            char c = text.charAt(k);
            if ((c >= '0' && c <= '9' || c == '+' || c == '(') && (k == 0 || !blocksStart(text.charAt(k - 1)))) {
                matcher.region(k, n);
                if (matcher.lookingAt()) {
                    int end = matcher.end();
                    if (end < n && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '/')) {
                        // part of something longer: a product code, a path, more digits than a phone has
                        while (k < n && !Character.isWhitespace(text.charAt(k))) {
                            k++;
                        }
                        continue;
                    }
                    return Math.max(end, k + 1);
                }
            }
        }
        return -1;
    }

    private static boolean blocksStart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '+' || c == '/' || c == '.' || c == '-';
    }

    /**
     * An unbroken run of digits is a count ("1000000 views") unless it starts like a dialled number (a country
     * prefix or a trunk zero); phone numbers written for people to read are grouped or bracketed. Digits grouped in
     * threes with dots or commas ("2.124.821.694 views") are a count too.
     */
    private static boolean writtenLikeAPhone(String hit) {
        if (THOUSANDS.matcher(hit).matches()) {
            return false;
        }
        boolean grouped = hit.chars().anyMatch(c -> c < '0' || c > '9');
        return grouped || hit.startsWith("0");
    }
}
