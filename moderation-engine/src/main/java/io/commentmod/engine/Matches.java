package io.commentmod.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small helpers the rules share for finding phrases in comment text. */
final class Matches {

    /** Case-insensitive for every script, so "CASINO" and "Casino" are the same word. */
    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Straight or typographic apostrophe: comments pasted from phones and word processors use both. */
    static final String APOSTROPHE = "['\u2019]";

    /** A rule reports at most this many hits of one kind; more say nothing new to a moderator. */
    static final int MAX_HITS = 10;

    private Matches() {
    }

    static Pattern pattern(String regex) {
        return Pattern.compile(regex, FLAGS);
    }

    /** The matched spans, in order of appearance, exactly as written. */
    static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find() && found.size() < MAX_HITS) {
            found.add(matcher.group());
        }
        return found;
    }

    static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group() : null;
    }
}
