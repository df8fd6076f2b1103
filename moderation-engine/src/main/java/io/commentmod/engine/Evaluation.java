package io.commentmod.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One comment being evaluated: its context, its normalized text and what several rules need (links), found once. */
final class Evaluation {

    /**
     * Top-level domains that are also words or abbreviations ("so", "in", "it", "me") are left out: readers type
     * "tired.So" far more often than they link to Somalia.
     */
    private static final String TLD = "com|net|org|info|biz|io|co|uk|us|ca|au|de|ru|cn|xyz|top|site|online|club"
            + "|shop|store|app|dev|tv|ly|gl|gd|cc|gy|ws|link|live|pro|click|vip|win|loan|bid|casino|bet|me\\b(?=/)";

    static final Pattern URL = Pattern.compile(
            "(?:\\bhttps?://|\\bwww\\.)[^\\s<>\"]+"
                    // a bare domain, not the host part of an e-mail address (the privacy rule covers those)
                    + "|(?<![@\\w.-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+(?:" + TLD + ")\\b(?:/[^\\s<>\"]*)?",
            Matches.FLAGS);

    private static final Pattern HOST = Pattern.compile("^(?:https?://)?(?:www\\.)?([^/:?#\\s]+)", Matches.FLAGS);

    /** A link found in the text: as written, and the host it leads to (normalized, lower case). */
    record Link(String evidence, String host) {
    }

    final ModerationContext context;
    final CommentToModerate comment;
    final NormalizedText text;
    final CompiledSettings settings;
    private List<Link> links;
    private List<String> phones;

    Evaluation(ModerationContext context, NormalizedText text, CompiledSettings settings) {
        this.context = context;
        this.comment = context.comment();
        this.text = text;
        this.settings = settings;
    }

    /** The phone numbers in the text, as written. */
    List<String> phones() {
        if (phones == null) {
            phones = Phones.find(text);
        }
        return phones;
    }

    /** The links out of the page: links back to the article itself are left out. */
    List<Link> links() {
        if (links == null) {
            links = withoutLinksTo(context.articleUrl(), findLinks(text));
        }
        return links;
    }

    /**
     * The links that do not lead to the article: a link whose address, without scheme and "www.", starts with the
     * article's ("example.org/articles/42#comments", "youtube.com/watch?v=abc&t=2m19s" on "youtube.com/watch?v=abc").
     */
    static List<Link> withoutLinksTo(String articleUrl, List<Link> links) {
        if (articleUrl == null || links.isEmpty()) {
            return links;
        }
        String article = comparable(articleUrl);
        if (article.isEmpty()) {
            return links;
        }
        List<Link> out = new ArrayList<>(links.size());
        for (Link link : links) {
            String target = comparable(link.evidence());
            boolean toArticle = target.startsWith(article) && (target.length() == article.length()
                    || "/?#&".indexOf(target.charAt(article.length())) >= 0);
            if (!toArticle) {
                out.add(link);
            }
        }
        return out.size() == links.size() ? links : List.copyOf(out);
    }

    /** Lower case, without scheme, "www." and a trailing slash; "&amp;" as "&". */
    private static String comparable(String url) {
        String s = url.strip().toLowerCase(Locale.ROOT).replace("&amp;", "&");
        s = s.replaceFirst("^[a-z][a-z0-9+.-]*://", "");
        if (s.startsWith("www.")) {
            s = s.substring(4);
        }
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    /**
     * Every link has a dot between a letter or digit and a letter ("example.com"), and most comments have none: the
     * pattern is tried only at the word starts of the whitespace-separated token around each such dot.
     */
    static List<Link> findLinks(NormalizedText text) {
        String normalized = text.text();
        int n = normalized.length();
        int dot = nextCandidateDot(normalized, 0);
        if (dot < 0) {
            return List.of();
        }
        List<Link> found = new ArrayList<>(2);
        Matcher matcher = Matches.matcherAtWordStarts(URL, normalized);
        int from = 0;
        while (dot >= 0 && found.size() < 100) {
            int tokenStart = dot;
            while (tokenStart > from && !Character.isWhitespace(normalized.charAt(tokenStart - 1))) {
                tokenStart--;
            }
            boolean matched = false;
            for (int k = tokenStart; k <= dot && !matched; k++) {
                if (Character.isLetterOrDigit(normalized.charAt(k))
                        && (k == 0 || !Character.isLetterOrDigit(normalized.charAt(k - 1)))) {
                    matcher.region(k, n);
                    matched = matcher.lookingAt();
                }
            }
            if (!matched) {
                dot = nextCandidateDot(normalized, dot + 1);
                continue;
            }
            int end = trimTrailingPunctuation(normalized, matcher.start(), matcher.end());
            String link = normalized.substring(matcher.start(), end);
            String original = text.originalOfText(matcher.start(), end);
            found.add(new Link(original.isBlank() ? link : original, host(link)));
            from = Math.max(matcher.end(), dot + 1);
            dot = nextCandidateDot(normalized, from);
        }
        return found;
    }

    private static int nextCandidateDot(String text, int from) {
        int dot = text.indexOf('.', from);
        while (dot >= 0) {
            if (dot > 0 && dot + 1 < text.length() && Character.isLetterOrDigit(text.charAt(dot - 1))
                    && Character.isLetter(text.charAt(dot + 1))) {
                return dot;
            }
            dot = text.indexOf('.', dot + 1);
        }
        return -1;
    }

    static String host(String link) {
        Matcher matcher = HOST.matcher(link);
        return (matcher.find() ? matcher.group(1) : link).toLowerCase(Locale.ROOT);
    }

    /** "see example.com." ends a sentence, not the address. */
    private static int trimTrailingPunctuation(String text, int start, int end) {
        while (end > start && ".,;:!?)]}'\"\u2019\u201d".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }
}
