package io.commentmod.engine;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.commentmod.contracts.Priority;

/**
 * Links are how comment spam pays. One link may be a reader citing a source: it counts a little (together with a
 * first-time author or an advert it holds); many links, a link shortener (which hides where it leads), a blocked
 * domain or a link in the author's name is spam.
 */
final class LinkRule implements Rule {

    static final String LINK = "spam.link";
    static final String LINK_FLOOD = "spam.link-flood";
    static final String SHORTENER = "spam.url-shortener";
    static final String BLOCKED_DOMAIN = "spam.blocked-domain";
    static final String AUTHOR_LINK = "spam.author-link";

    /** What one link adds to the spam score; a link alone never holds. */
    static final double PER_LINK = 0.2;

    /** A name like "Cheap Pills www.x.com" or "bit.ly/abc"; "J.R. Smith" is a name. */
    private static final Pattern NAME_LINK = Matches.pattern("https?://|www\\.|\\.(?:com|net|org|ru|xyz|info|biz|io"
            + "|shop|store|online|site|top|club|link|ly)\\b");

    /**
     * Whether a name may match {@link #NAME_LINK}: every match has a dot or a colon, or folds to one (a full-width
     * "．" does), and nearly no name does, which spares the pattern.
     */
    private static boolean mayHoldLink(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '.' || c == ':' || c >= 0x80) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void apply(Evaluation evaluation, List<Signal> signals) {
        CompiledSettings settings = evaluation.settings;
        String name = evaluation.comment.authorName();
        if (name != null && mayHoldLink(name)) {
            String folded = isAscii(name) ? name.toLowerCase(java.util.Locale.ROOT) : TextNormalizer.normalize(name).text();
            if (NAME_LINK.matcher(folded).find()) {
                signals.add(new Signal(AUTHOR_LINK, Category.SPAM, settings.raw.rejectThreshold(), Priority.LOW, name,
                        "The author's name is a link or a web address: an advert, not a person."));
            }
        }
        List<Evaluation.Link> links = evaluation.links();
        if (links.isEmpty()) {
            return;
        }
        for (Evaluation.Link link : links) {
            if (settings.isShortener(link.host())) {
                signals.add(new Signal(SHORTENER, Category.SPAM, settings.raw.rejectThreshold(), Priority.LOW,
                        link.evidence(), "A link shortener hides where the link leads; spammers use them to get "
                                + "past filters."));
            } else if (settings.isBlocked(link.host())) {
                signals.add(new Signal(BLOCKED_DOMAIN, Category.SPAM, settings.raw.rejectThreshold(), Priority.LOW,
                        link.evidence(), "The link leads to a blocked domain (" + link.host() + ")."));
            }
        }
        String evidence = links.stream().limit(Matches.MAX_HITS).map(Evaluation.Link::evidence)
                .collect(Collectors.joining(" "));
        if (links.size() >= settings.raw.linkRejectCount()) {
            signals.add(new Signal(LINK_FLOOD, Category.SPAM, settings.raw.rejectThreshold(), Priority.LOW, evidence,
                    "The comment carries " + links.size() + " links; genuine comments rarely have more than one."));
        } else {
            signals.add(new Signal(LINK, Category.SPAM, PER_LINK * links.size(), Priority.LOW, evidence,
                    links.size() == 1 ? "The comment contains a link."
                            : "The comment contains " + links.size() + " links."));
        }
    }
}
