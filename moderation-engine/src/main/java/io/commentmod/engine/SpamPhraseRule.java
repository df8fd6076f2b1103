package io.commentmod.engine;

import java.util.ArrayList;
import java.util.List;

import io.commentmod.contracts.Priority;

/**
 * Phrases that only advertising uses. The built-in patterns are written around the selling, not the topic: a reader
 * may well mention their pharmacy or a friend's bitcoin losses, but "online pharmacy, no prescription" or "invest in
 * bitcoin" is an offer. The configured {@link EngineSettings#spamPhrases()} add plain phrases, matched on squeezed
 * text so "BUUUY NOW" and "b u y n o w" count. A phone number next to commercial words is an advert too.
 */
final class SpamPhraseRule implements Rule {

    static final String RULE_ID = "spam.phrase";
    static final String COMMERCIAL_PHONE = "spam.commercial-phone";

    /** A kind of offer, its pattern, and words one of which every match contains. */
    private record Phrase(String what, Trigger pattern) {
    }

    private static final String A = Matches.APOSTROPHE;

    private static final List<Phrase> PHRASES = List.of(
            // "my father lost the house at the casino" is a story; "online casino" and "free spins" are offers
            phrase("gambling offer", new String[] {"online casino", "online slot", "best casino", "free spins", "casino", "slot", "betting"}, "\\bonline\\s+casinos?\\b|\\bbest\\s+casinos?\\b|\\bfree\\s+spins\\b"
                    + "|\\bcasino\\s+(?:bonus|bonuses|site|sites|games\\s+online)\\b|\\bslots?\\s+online\\b"
                    + "|\\bbetting\\s+(?:tips|odds|site|sites)\\b"),
            phrase("crypto investment", new String[] {"crypto", "bitcoin", "btc", "forex", "invest"}, "\\b(?:crypto(?:currency)?|bitcoin|btc|forex)\\s+(?:investments?|investing"
                    + "|trading\\s+(?:platform|signals|bot|expert|account)|mining\\s+(?:platform|profits?)|profits?"
                    + "|expert|broker|account\\s+manager)\\b"
                    + "|\\binvest(?:ing|ment)?\\s+(?:\\w+\\s+){0,2}in\\s+(?:crypto\\w*|bitcoins?|btc|forex)\\b"),
            phrase("pharmacy offer", new String[] {"viagra", "cialis", "levitra", "kamagra", "online p",
                "online m", "cheap", "discount", "canadian", "no prescription"}, "\\b(?:viagra|cialis|levitra|kamagra)\\b"
                    + "|\\b(?:online|cheap|discount|canadian)\\s+(?:pharmacy|pharmacies|meds|pills)\\b"
                    + "|\\bno\\s+prescription\\s+(?:needed|required)\\b"),
            // "I called the customer service number" is a story; a support number with the number is an ad
            phrase("support-number ad", new String[] {"customer", "tech", "toll"}, "\\b(?:customer\\s+(?:support|care)|tech(?:nical)?\\s+support|toll[\\s-]?free)"
                    + "\\s+(?:phone\\s+|helpline\\s+)?number\\b"
                    + "|\\bcustomer\\s+service\\s+(?:phone\\s+)?number\\W{0,5}\\+?\\d[\\d\\s().-]{6,}\\d"),
            phrase("sales call to action", new String[] {"buy now", "click here", "limited", "order now"}, "\\bbuy\\s+now\\b|\\bclick\\s+here\\b|\\blimited[\\s-]+time\\s+offer\\b"
                    + "|\\border\\s+now\\b"),
            phrase("easy money", new String[] {"make money", "make $", "work from", "earn", "get rich"}, "\\bmake\\s+(?:money|\\$\\s?\\d[\\d,]*)\\s+(?:\\w+\\s+){0,3}(?:from|at)\\s+home\\b"
                    + "|\\bwork\\s+from\\s+home\\s+and\\s+earn\\b|\\bearn\\s+\\$\\s?\\d[\\d,]*\\s+(?:a|per)\\s+"
                    + "(?:day|week|hour|month)\\b|\\bearn\\s+money\\s+online\\b|\\bget\\s+rich\\s+quick\\b"),
            phrase("too-good offer", new String[] {"100", "free gift", "risk", "you've", "you\u2019ve", "youve"}, "\\b100\\s?%\\s+free\\b|\\bfree\\s+gift\\s+cards?\\b|\\brisk[\\s-]free\\s+"
                    + "(?:trial|investment)\\b|\\byou" + A + "?ve\\s+(?:been\\s+selected|won)\\b"));

    /** Words that make a phone number an advert rather than a person's contact. */
    private static final Trigger COMMERCIAL = new Trigger(
            "\\b(?:support|helpline|hotline|customer\\s+(?:service|care)|toll[\\s-]?free|call\\s+(?:now|us|today)"
                    + "|order|orders|booking|bookings|24\\s*/\\s*7|24x7|whats\\s?app|telegram|contact\\s+us|discount"
                    + "|offer|deal|deals|price|prices|loans?|refunds?|bitcoin|crypto|casino|pharmacy|service\\s+number)\\b",
            "support", "helpline", "hotline", "customer", "toll", "call now", "call us", "call today", "order", "booking",
            "24", "whats", "telegram", "contact us", "discount", "offer", "deal", "price", "loan", "refund", "bitcoin", "crypto", "casino", "pharmacy",
            "service number");

    private static Phrase phrase(String what, String[] triggers, String regex) {
        return new Phrase(what, new Trigger(regex, triggers));
    }

    @Override
    public void apply(Evaluation evaluation, List<Signal> signals) {
        NormalizedText text = evaluation.text;
        double reject = evaluation.settings.raw.rejectThreshold();
        List<String> seen = new ArrayList<>(2);
        for (Phrase phrase : PHRASES) {
            for (String hit : phrase.pattern().all(text)) {
                seen.add(hit);
                signals.add(new Signal(RULE_ID, Category.SPAM, reject, Priority.LOW, hit,
                        "Advertising language (" + phrase.what() + ") that genuine comments do not use."));
            }
        }
        for (String hit : evaluation.settings.spamPhrases.find(text)) {
            if (seen.stream().noneMatch(s -> s.contains(hit) || hit.contains(s))) {
                seen.add(hit);
                signals.add(new Signal(RULE_ID, Category.SPAM, reject, Priority.LOW, hit,
                        "Advertising language (a listed spam phrase) that genuine comments do not use."));
            }
        }
        List<String> phones = evaluation.phones();
        if (!phones.isEmpty()) {
            String context = COMMERCIAL.first(text);
            if (context != null) {
                signals.add(new Signal(COMMERCIAL_PHONE, Category.SPAM, reject, Priority.LOW, phones.get(0),
                        "A phone number offered with commercial words (\"" + context + "\"): an advert."));
            }
        }
    }
}
