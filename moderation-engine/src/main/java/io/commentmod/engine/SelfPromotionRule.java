package io.commentmod.engine;

import java.util.List;
import java.util.regex.Pattern;

import io.commentmod.contracts.Priority;

/**
 * A writer pointing readers at their own channel, site, book or practice, or asking for subscribers and follows
 * (requests for likes on the comment itself are {@link EngagementBaitRule engagement bait}). Held rather than rejected: a therapist mentioning their book can be welcome, and a human can tell.
 */
final class SelfPromotionRule implements Rule {

    static final String RULE_ID = "promotion.self";

    /** Things people advertise; "visit my mother" or "check out my feelings" are not among them. */
    private static final String OUTLETS = "(?:youtube\\s+|yt\\s+|new\\s+|latest\\s+|first\\s+|free\\s+)?"
            + "(?:channel|site|website|web\\s*site|blog|vlog|book|e-?book|practice|clinic|podcast|page|profile|shop"
            + "|store|music|video|clip|cover|track|song|playlist|parody|course|webinar|newsletter|app|account"
            + "|instagram|tiktok|facebook|twitter)s?";

    /** "subscribe" as it is typed in a hurry or to dodge filters: "subcribe", "suscribe", "sucscribe". */
    private static final String SUBSCRIBE = "(?:su[bcs]{0,3}cr[iy]be|sub)";

    private static final Trigger PROMOTION = new Trigger(
            "\\b(?:check\\s+out|take\\s+a\\s+look\\s+at|have\\s+a\\s+look\\s+at|visit|see|read|watch|listen\\s+to"
                    + "|join|like|download)\\s+(?:my|our)\\s+" + OUTLETS + "\\b"
                    + "|\\bcheck\\s+(?:my|our)\\s+" + OUTLETS + "\\s+out\\b"
                    // "check out this video", "take a look at this channel": sending readers elsewhere
                    + "|\\b(?:check\\s+out|take\\s+a\\s+look\\s+at|have\\s+a\\s+look\\s+at)\\s+(?:this|these)\\s+"
                    + OUTLETS + "\\b"
                    + "|\\b" + SUBSCRIBE + "\\s+to\\s+(?:my|our|me|us)\\b|\\b" + SUBSCRIBE + "\\s+(?:me|us)\\b"
                    + "|\\b" + SUBSCRIBE + "\\s+back\\b"
                    // "sub4sub", "follow for follow", "like 4 like": trading subscriptions
                    + "|\\b(?:" + SUBSCRIBE + "|follow|like)\\s*(?:4|for)\\s*(?:" + SUBSCRIBE + "|follow|like)\\b"
                    // "please subscribe!", "plz sub": asking for subscribers ("subscribe to my ..." is matched above)
                    + "|\\b(?:please|pls|plz)\\s+(?:(?:just|do|kindly)\\s+)?" + SUBSCRIBE + "\\b"
                    + "(?!\\s+(?:to|at)\\b)"
                    + "|\\bfollow\\s+(?:me|us)\\s+(?:on|at|@)"
                    + "|\\bfollow\\s+(?:my|our)\\s+" + OUTLETS + "\\b"
                    // the same in the languages self-promoters most often switch to: "suscribete", "mi canal"
                    + "|\\b(?:suscr|subscr)(?:ibete|ibanse|ibirse|ibase|ibiros)\\b|\\binscreva\\W{0,2}se\\b"
                    + "|\\babonnez\\W{0,2}vous\\b|\\b(?:mi|meu|mon|ma|mein|meinen)\\s+(?:canal|chaine|kanal)\\b"
                    // "like and subscribe", "watch, subscribe": the video maker's sign-off
                    + "|\\b(?:like|watch|share|comment)\\s*(?:,|and|&|n)?\\s*" + SUBSCRIBE + "\\b"
                    + "|\\b" + SUBSCRIBE + "\\s*(?:,|and|&|n)\\s*(?:like|share|comment)\\b"
                    // "please look up ...", "just look her name up", "search \"my song\"": sending readers to a search
                    + "|\\b(?:please|pls|plz|just|go)\\s+(?:look\\s+up|search\\s+for|search|google)\\b"
                    + "|\\blook\\s+(?:me|us|her|him|them|my\\s+\\w+|our\\s+\\w+|her\\s+name|his\\s+name)\\s+up\\b"
                    + "|\\bsearch\\s+(?:for\\s+)?[\"\u201c]"
                    // "... my instagram @name": a handle offered next to the network it is on
                    + "|\\b(?:instagram|insta|twitter|snapchat|snap|tiktok|kik)\\b[^@]{0,30}@[a-z0-9_.]{3,}",
            // asking for likes on the comment itself is engagement bait: see EngagementBaitRule
            // whole leading phrases where the first word is common: each hit costs a run of the whole pattern
            "check", "take a look", "have a look", "visit", "see my", "see our", "read my", "read our", "watch",
            "listen", "join", "like", "download", "sub", "suc", "sus", "follow", "please", "pls", "plz", "insc",
            "abon", "mi canal", "mi chaine", "mi kanal", "meu canal", "mon canal", "mon chaine", "ma chaine",
            "ma canal", "mein", "share", "comment", "just look", "just search", "just google", "go look",
            "go search", "go google", "look up", "look me", "look us", "look her", "look him", "look them", "look my",
            "look our", "look his", "search", "insta", "twitter", "snap", "tiktok", "kik");

    /** "I made a gaming channel", "we started a podcast": counted only when the writer speaks of themselves. */
    private static final Trigger OWN_OUTLET = new Trigger(
            "\\b(?:made|started|created|opened|launched|run|have)\\s+(?:a|an|my|our)\\s+(?:new\\s+)?(?:\\w+\\s+)?"
                    + "(?:youtube\\s+)?(?:channel|vlog|podcast)\\b",
            "made", "started", "created", "opened", "launched", "run a", "run my", "run our", "have a", "have my",
            "have our");

    /** "get 100 subs", "reach 1k subscribers": counted only when the writer speaks of themselves (see below). */
    private static final Trigger AUDIENCE_WANTED = new Trigger(
            "\\b(?:get|got|getting|reach|reaching|hit|gain|gaining)\\s+(?:\\w+\\s+){0,2}(?:subs|subscribers|followers)\\b",
            "get", "got", "reach", "hit", "gain");

    /** Words that do not make an invitation into a comment: greetings, platform names, politeness. */
    private static final java.util.Set<String> FILLER = java.util.Set.of("youtube", "please", "pls", "plz", "guys",
            "everyone", "everybody", "thanks", "thank", "you", "hey", "hello", "the", "and", "for", "out", "now",
            "here", "really", "just", "all", "com", "www", "http", "https");

    /** An invitation with at most this many other words is all the comment says. */
    static final int BARE_WORDS = 2;

    static final String BARE_ID = "promotion.bare";

    @Override
    public void apply(Evaluation evaluation, List<Signal> signals) {
        NormalizedText text = evaluation.text;
        List<Trigger.Match> matches = new java.util.ArrayList<>(PROMOTION.matchesIn(text));
        for (Trigger.Match match : AUDIENCE_WANTED.matchesIn(text)) {
            if (precededBy(WANTER, text.text(), match.start())) {
                matches.add(match);
            }
        }
        for (Trigger.Match match : OWN_OUTLET.matchesIn(text)) {
            if (precededBy(MAKER, text.text(), match.start())) {
                matches.add(match);
            }
        }
        for (Trigger.Match match : matches) {
            signals.add(new Signal(RULE_ID, Category.PROMOTION, Signal.HOLD_LEVEL, Priority.NORMAL, match.evidence(),
                    "The writer points readers at their own channel, site or business, or asks for followers."));
        }
        if (!matches.isEmpty() && otherWords(text.text(), matches) <= BARE_WORDS) {
            signals.add(new Signal(BARE_ID, Category.SPAM, Signal.REJECT_LEVEL, Priority.LOW,
                    matches.get(0).evidence(),
                    "The comment is nothing but an invitation to look elsewhere or to subscribe: an advert."));
        }
    }

    /** The writer as the one who wants the audience: "can i get", "help me reach", "my channel to hit". */
    private static final Pattern WANTER = Pattern.compile(
            "\\b(?:i|we|me|us|my\\s+channel|our\\s+channel)\\s+(?:[\\w']+\\s+){0,3}$");
    /** The writer as the maker: "i made", "we just started", "i've finally opened". */
    private static final Pattern MAKER = Pattern.compile("\\b(?:i|we|i've|ive|we've)\\s+(?:[\\w']+\\s+){0,2}$");

    /** Whether the few words before {@code at} end with the pattern. */
    private static boolean precededBy(Pattern pattern, String text, int at) {
        return pattern.matcher(text.substring(Math.max(0, at - 40), at)).find();
    }

    /** Words of three letters or more outside the matches, fillers not counted. */
    static int otherWords(String text, List<Trigger.Match> matches) {
        int count = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i - start >= 3 && !inside(start, matches) && !FILLER.contains(text.substring(start, i))) {
                count++;
                if (count > BARE_WORDS) {
                    return count;
                }
            }
        }
        return count;
    }

    private static boolean inside(int at, List<Trigger.Match> matches) {
        for (Trigger.Match match : matches) {
            if (at >= match.start() && at < match.end()) {
                return true;
            }
        }
        return false;
    }
}
