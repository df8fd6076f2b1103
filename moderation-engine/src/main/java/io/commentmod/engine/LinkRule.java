package io.commentmod.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.commentmod.contracts.Priority;

/**
 * Links are how comment spam pays. One link may be a reader citing a source, so it is held; three or more, or any
 * link shortener (which hides where it leads), is spam.
 */
final class LinkRule implements Rule {

    static final String LINK = "spam.link";
    static final String LINK_FLOOD = "spam.link-flood";
    static final String SHORTENER = "spam.url-shortener";

    static final int FLOOD = 3;

    /**
     * Top-level domains that are also words or abbreviations ("so", "in", "it", "me") are left out: readers type
     * "tired.So" far more often than they link to Somalia.
     */
    private static final String TLD = "com|net|org|info|biz|io|co|uk|us|ca|au|ru|cn|xyz|top|site|online|club|shop"
            + "|store|app|dev|tv|ly|gl|gd|cc|gy|ws|link|live|pro|click|vip|win|loan|bid|casino|bet";

    private static final Pattern URL = Pattern.compile(
            "(?:\\bhttps?://|\\bwww\\.)[^\\s<>\"\\uFEFF]+"
                    // a bare domain, not the host part of an e-mail address (the privacy rule covers those)
                    + "|(?<![@\\w.-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+(?:" + TLD + ")\\b(?:/[^\\s<>\"]*)?",
            Matches.FLAGS);

    private static final Set<String> SHORTENERS = Set.of("bit.ly", "tinyurl.com", "goo.gl", "t.co", "ow.ly",
            "is.gd", "buff.ly", "rebrand.ly", "cutt.ly", "shorturl.at", "tiny.cc", "rb.gy", "t.ly", "s.id");

    private static final Pattern HOST = Pattern.compile("^(?:https?://)?(?:www\\.)?([^/:?#]+)", Matches.FLAGS);

    @Override
    public List<Signal> apply(CommentToModerate comment) {
        List<String> links = new ArrayList<>();
        Matcher matcher = URL.matcher(comment.body());
        while (matcher.find()) {
            links.add(trimTrailingPunctuation(matcher.group()));
        }
        if (links.isEmpty()) {
            return List.of();
        }
        List<Signal> signals = new ArrayList<>();
        for (String link : links) {
            if (SHORTENERS.contains(host(link))) {
                signals.add(new Signal(SHORTENER, Category.SPAM, Signal.REJECT_LEVEL, Priority.LOW, link,
                        "A link shortener hides where the link leads; spammers use them to get past filters."));
            }
        }
        if (links.size() >= FLOOD) {
            signals.add(new Signal(LINK_FLOOD, Category.SPAM, Signal.REJECT_LEVEL, Priority.LOW,
                    String.join(" ", links.subList(0, Math.min(links.size(), Matches.MAX_HITS))),
                    "The comment carries " + links.size() + " links; genuine comments rarely have more than one."));
        } else if (signals.isEmpty()) {
            for (String link : links) {
                signals.add(new Signal(LINK, Category.SPAM, Signal.HOLD_LEVEL, Priority.LOW, link,
                        "The comment contains a link; a moderator should check where it leads."));
            }
        }
        return signals;
    }

    private static String host(String link) {
        Matcher matcher = HOST.matcher(link);
        return matcher.find() ? matcher.group(1).toLowerCase(Locale.ROOT) : link.toLowerCase(Locale.ROOT);
    }

    /** "see example.com." ends a sentence, not the address. */
    private static String trimTrailingPunctuation(String link) {
        int end = link.length();
        while (end > 0 && ".,;:!?)]}'\u2019\u201d".indexOf(link.charAt(end - 1)) >= 0) {
            end--;
        }
        return link.substring(0, end);
    }
}
