package io.commentmod.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything about the engine a moderator or admin may tune without a redeploy: plain data, so the service can store
 * it as a document (JSON), validate it with {@link #problems()} and build a new {@link ModerationEngine} from it.
 * Change {@link #version()} with every change: it is recorded on each verdict.
 *
 * @param version              names this set of settings, e.g. {@code engine-1}; never blank
 * @param holdThreshold        a category whose scores add up to this is held (default 0.5)
 * @param rejectThreshold      one spam, abuse or distrust signal scoring this is rejected (default 1.0); above hold
 * @param bannedWords          words or phrases that reject a comment (abuse); matched on normalized text
 * @param suspectWords         words or phrases that hold a comment for a human (abuse)
 * @param blockedDomains       links to these domains (and their subdomains) are spam
 * @param shortenerDomains     URL shorteners: they hide where a link leads, so a link through one is spam
 * @param spamPhrases          commercial phrases only ads use ("buy now"), on top of the built-in offer patterns
 * @param linkRejectCount      this many links in one comment are spam (default 3)
 * @param floodWindowMinutes   the window in which the service counts an author's comments for
 *                             {@link ModerationContext.AuthorHistory#recentComments()}
 * @param floodHoldCount       an author with this many comments in the window is held (default 5)
 * @param floodRejectCount     ... and rejected from this many (default 10)
 * @param duplicateHoldCount   a text already seen this many times recently is held (default 1)
 * @param duplicateRejectCount ... and rejected from this many (default 3)
 * @param duplicateMinLetters  shorter texts ("Thank you!") may repeat freely (default 20)
 * @param trustedMinPublished  an author with this many published comments and none rejected is trusted (default 5)
 * @param trustBonus           how much trust lowers promotion and hold-level spam scores (default 0.3)
 * @param modelHoldThreshold   a spam probability from the learned model from which it holds (default 0.8)
 * @param modelRejectThreshold ... and from which it rejects (default 0.97)
 */
public record EngineSettings(
        String version,
        double holdThreshold,
        double rejectThreshold,
        List<String> bannedWords,
        List<String> suspectWords,
        List<String> blockedDomains,
        List<String> shortenerDomains,
        List<String> spamPhrases,
        int linkRejectCount,
        int floodWindowMinutes,
        int floodHoldCount,
        int floodRejectCount,
        int duplicateHoldCount,
        int duplicateRejectCount,
        int duplicateMinLetters,
        int trustedMinPublished,
        double trustBonus,
        double modelHoldThreshold,
        double modelRejectThreshold) {

    public static final String DEFAULT_VERSION = "engine-1";

    public EngineSettings {
        bannedWords = copy(bannedWords);
        suspectWords = copy(suspectWords);
        blockedDomains = copy(blockedDomains);
        shortenerDomains = copy(shortenerDomains);
        spamPhrases = copy(spamPhrases);
    }

    /** The settings a fresh install starts with. */
    public static EngineSettings defaults() {
        return new EngineSettings(DEFAULT_VERSION, Signal.HOLD_LEVEL, Signal.REJECT_LEVEL,
                // telling someone to die is abuse, not distress: the writer is not the one at risk
                List.of("kill yourself", "kys", "go die", "you should die", "hope you die"),
                List.of("idiot", "moron", "imbecile", "retard", "retarded", "dumbass", "scumbag", "bitch", "slut",
                        "whore", "fuck you", "piece of shit"),
                List.of(),
                List.of("bit.ly", "tinyurl.com", "goo.gl", "t.co", "ow.ly", "is.gd", "buff.ly", "rebrand.ly",
                        "cutt.ly", "shorturl.at", "tiny.cc", "rb.gy", "t.ly", "s.id", "adf.ly", "shorte.st"),
                List.of("customer support number", "customer care number", "helpline number", "toll free number",
                        "buy now", "order now", "click here", "click the link", "limited time offer",
                        "make money online", "earn money online", "work from home and earn", "online casino",
                        "free spins", "casino bonus", "bitcoin investment", "crypto investment", "forex trading",
                        "binary options", "payday loan", "free gift card", "cheap viagra", "viagra", "cialis",
                        "weight loss pills", "increase your followers", "free followers", "free robux",
                        "promo code", "discount code"),
                3, 10, 5, 10, 1, 3, 20, 5, 0.3, 0.8, 0.97);
    }

    /** The same settings under another version. */
    public EngineSettings withVersion(String newVersion) {
        return new EngineSettings(newVersion, holdThreshold, rejectThreshold, bannedWords, suspectWords,
                blockedDomains, shortenerDomains, spamPhrases, linkRejectCount, floodWindowMinutes, floodHoldCount,
                floodRejectCount, duplicateHoldCount, duplicateRejectCount, duplicateMinLetters, trustedMinPublished,
                trustBonus, modelHoldThreshold, modelRejectThreshold);
    }

    /** The same settings with other word lists (an admin's edit). */
    public EngineSettings withWordLists(List<String> banned, List<String> suspect) {
        return new EngineSettings(version, holdThreshold, rejectThreshold, banned, suspect, blockedDomains,
                shortenerDomains, spamPhrases, linkRejectCount, floodWindowMinutes, floodHoldCount, floodRejectCount,
                duplicateHoldCount, duplicateRejectCount, duplicateMinLetters, trustedMinPublished, trustBonus,
                modelHoldThreshold, modelRejectThreshold);
    }

    /** The same settings with other domain lists. */
    public EngineSettings withDomains(List<String> blocked, List<String> shorteners) {
        return new EngineSettings(version, holdThreshold, rejectThreshold, bannedWords, suspectWords, blocked,
                shorteners, spamPhrases, linkRejectCount, floodWindowMinutes, floodHoldCount, floodRejectCount,
                duplicateHoldCount, duplicateRejectCount, duplicateMinLetters, trustedMinPublished, trustBonus,
                modelHoldThreshold, modelRejectThreshold);
    }

    /**
     * What is wrong with these settings, one message per problem, each starting with the field's name; empty when
     * they are usable. {@link ModerationEngine} refuses settings with problems.
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (version == null || version.isBlank() || version.length() > 100) {
            problems.add("version: must be 1 to 100 characters");
        }
        if (!(holdThreshold > 0)) {
            problems.add("holdThreshold: must be above 0");
        }
        if (!(rejectThreshold > holdThreshold)) {
            problems.add("rejectThreshold: must be above holdThreshold");
        }
        words("bannedWords", bannedWords, problems);
        words("suspectWords", suspectWords, problems);
        words("spamPhrases", spamPhrases, problems);
        domains("blockedDomains", blockedDomains, problems);
        domains("shortenerDomains", shortenerDomains, problems);
        if (linkRejectCount < 1) {
            problems.add("linkRejectCount: must be at least 1");
        }
        if (floodWindowMinutes < 1) {
            problems.add("floodWindowMinutes: must be at least 1");
        }
        if (floodHoldCount < 1 || floodRejectCount < floodHoldCount) {
            problems.add("floodRejectCount: must be at least floodHoldCount, which must be at least 1");
        }
        if (duplicateHoldCount < 1 || duplicateRejectCount < duplicateHoldCount) {
            problems.add("duplicateRejectCount: must be at least duplicateHoldCount, which must be at least 1");
        }
        if (duplicateMinLetters < 0) {
            problems.add("duplicateMinLetters: must not be negative");
        }
        if (trustedMinPublished < 1) {
            problems.add("trustedMinPublished: must be at least 1");
        }
        if (!(trustBonus >= 0 && trustBonus <= rejectThreshold)) {
            problems.add("trustBonus: must be between 0 and rejectThreshold");
        }
        if (!(modelHoldThreshold > 0 && modelHoldThreshold <= 1)) {
            problems.add("modelHoldThreshold: must be above 0 and at most 1");
        }
        if (!(modelRejectThreshold >= modelHoldThreshold && modelRejectThreshold <= 1)) {
            problems.add("modelRejectThreshold: must be between modelHoldThreshold and 1");
        }
        return problems;
    }

    private static void words(String field, List<String> words, List<String> problems) {
        for (String word : words) {
            if (word == null || TextNormalizer.matchForm(word).isEmpty() || word.length() > 200) {
                problems.add(field + ": \"" + word + "\" is not a word or phrase (1 to 200 characters)");
            }
        }
    }

    private static void domains(String field, List<String> domains, List<String> problems) {
        for (String domain : domains) {
            if (domain == null || !domain.matches("(?i)[a-z0-9-]+(\\.[a-z0-9-]+)+")) {
                problems.add(field + ": \"" + domain + "\" is not a domain name like example.com");
            }
        }
    }

    private static List<String> copy(List<String> list) {
        // not List.copyOf: a stored document may hold nulls, which problems() reports instead of failing here
        return list == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(list));
    }
}
