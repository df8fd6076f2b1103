package io.commentmod.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.commentmod.contracts.Priority;

/**
 * Phrases that only advertising uses. Each pattern is written around the selling, not the topic: a reader may well
 * mention their pharmacy or a friend's bitcoin losses, but "online pharmacy, no prescription" or "invest in bitcoin"
 * is an offer.
 */
final class SpamPhraseRule implements Rule {

    static final String RULE_ID = "spam.phrase";

    private record Phrase(String what, Pattern pattern) {
    }

    private static final String A = Matches.APOSTROPHE;

    private static final List<Phrase> PHRASES = List.of(
            // "my father lost the house at the casino" is a story; "online casino" and "free spins" are offers
            phrase("gambling offer", "\\bonline\\s+casinos?\\b|\\bbest\\s+casinos?\\b|\\bfree\\s+spins\\b"
                    + "|\\bcasino\\s+(?:bonus|bonuses|site|sites|games\\s+online)\\b|\\bslots?\\s+online\\b"
                    + "|\\bbetting\\s+(?:tips|odds|site|sites)\\b"),
            phrase("crypto investment", "\\b(?:crypto(?:currency)?|bitcoin|btc|forex)\\s+(?:investments?|investing"
                    + "|trading\\s+(?:platform|signals|bot|expert|account)|mining\\s+(?:platform|profits?)|profits?"
                    + "|expert|broker|account\\s+manager)\\b"
                    + "|\\binvest(?:ing|ment)?\\s+(?:\\w+\\s+){0,2}in\\s+(?:crypto\\w*|bitcoins?|btc|forex)\\b"),
            phrase("pharmacy offer", "\\b(?:viagra|cialis|levitra|kamagra)\\b"
                    + "|\\b(?:online|cheap|discount|canadian)\\s+(?:pharmacy|pharmacies|meds|pills)\\b"
                    + "|\\bno\\s+prescription\\s+(?:needed|required)\\b"),
            // "I called the customer service number" is a story; a support number with the number is an ad
            phrase("support-number ad", "\\b(?:customer\\s+(?:support|care)|tech(?:nical)?\\s+support|toll[\\s-]?free)"
                    + "\\s+(?:phone\\s+|helpline\\s+)?number\\b"
                    + "|\\bcustomer\\s+service\\s+(?:phone\\s+)?number\\W{0,5}\\+?\\d[\\d\\s().-]{6,}\\d"),
            phrase("sales call to action", "\\bbuy\\s+now\\b|\\bclick\\s+here\\b|\\blimited[\\s-]+time\\s+offer\\b"),
            phrase("easy money", "\\bmake\\s+(?:money|\\$\\s?\\d[\\d,]*)\\s+(?:\\w+\\s+){0,3}(?:from|at)\\s+home\\b"
                    + "|\\bwork\\s+from\\s+home\\s+and\\s+earn\\b|\\bearn\\s+\\$\\s?\\d[\\d,]*\\s+(?:a|per)\\s+"
                    + "(?:day|week|hour|month)\\b|\\bearn\\s+money\\s+online\\b|\\bget\\s+rich\\s+quick\\b"),
            phrase("too-good offer", "\\b100\\s?%\\s+free\\b|\\bfree\\s+gift\\s+cards?\\b|\\brisk[\\s-]free\\s+"
                    + "(?:trial|investment)\\b|\\byou" + A + "?ve\\s+(?:been\\s+selected|won)\\b"));

    private static Phrase phrase(String what, String regex) {
        return new Phrase(what, Matches.pattern(regex));
    }

    @Override
    public List<Signal> apply(CommentToModerate comment) {
        List<Signal> signals = new ArrayList<>();
        for (Phrase phrase : PHRASES) {
            for (String hit : Matches.all(phrase.pattern(), comment.body())) {
                signals.add(new Signal(RULE_ID, Category.SPAM, Signal.REJECT_LEVEL, Priority.LOW, hit,
                        "Advertising language (" + phrase.what() + ") that genuine comments do not use."));
            }
        }
        return signals;
    }
}
