package io.commentmod.engine;

import java.util.List;

import io.commentmod.contracts.Priority;

/**
 * Engagement bait: asking readers for likes, thumbs up or upvotes ("like this comment if ...", "thumbs up so more
 * people see this", "give this a like", "like if you are reading in 2025"). Comment spam on every site: it farms
 * visibility for the comment (and whatever it later links to), and says nothing about the article. Held at hold
 * level; with a link to follow it is an advert and rejected. A reader saying they like something ("I like this
 * comment", "I'd like it if you wrote more") is not asking for anything and does not count.
 */
final class EngagementBaitRule implements Rule {

    static final String RULE_ID = "spam.engagement-bait";

    /**
     * Every match contains one of these; most comments contain none, so the pattern rarely runs (and then only at
     * words starting with a trigger).
     */
    private static final String[] GATE = {"like", "thumb", "upvote", "up vote", "share", "send", "post", "copy"};

    private static final String A = Matches.APOSTROPHE;

    private static final String VOTE = "(?:like|thumbs?\\s*-?\\s*up|upvote|up\\s+vote)";

    private static final String VOTES = "(?:likes|thumbs?\\s*-?\\s*ups?|upvotes|up\\s+votes)";

    private static final String YOU = "(?:you|u|ur|your|you" + A + "?re|ya|y" + A + "?all|any\\s*one|any\\s*body"
            + "|every\\s*one|every\\s*body|we|people)";

    /**
     * Words before "like" that make it a statement about the writer's taste ("I like", "would like it if"), not a
     * request. Java needs a bounded look-behind, so each is spelled out.
     */
    private static final String NOT_AFTER = "(?<!\\b(?:i|we|they|you|u|he|she|would|d|ll|really|kinda|also|just|not"
            + "|dont|don" + A + "t|didn" + A + "t|did|do|does|to|should|might|may|could|totally|actually|still"
            + "|always|def|definitely|who|people|everyone|everybody|lot)\\s)";

    private static final Trigger BAIT = new Trigger(
            // "like if you ...", "like this if u ...", "thumbs up if ..."
            "\\b" + NOT_AFTER + VOTE + "\\s+(?:(?:this|it|my\\s+comment|this\\s+comment)\\s+)?if\\s+" + YOU + "\\b"
                    // "thumbs up if ...", "upvote if ...": nobody writes these but to ask for votes
                    + "|\\b(?:thumbs?\\s*-?\\s*up|upvote|up\\s+vote)\\s+(?:(?:this|it)\\s+)?if\\b"
                    // "(do not) like this comment if ...": a condition makes it a request, whatever comes before
                    + "|\\b" + VOTE + "\\s+(?:this|my)\\s+comment\\s+if\\b"
                    // "how many people will like this comment"
                    + "|\\bhow\\s+many\\s+(?:people|ppl|of\\s+you)\\s+(?:(?:will|can|would|could)\\s+)?" + VOTE
                    + "\\s+(?:this|my)\\s+comment\\b"
                    // "like this comment", "upvote my comment so ..."
                    + "|\\b" + NOT_AFTER + VOTE + "\\s+(?:this|my|the|our)\\s+(?:comment|reply|post)\\b"
                    + "(?!\\s+(?:section|box|thread|above|below))"
                    // "thumbs up so people see", "like so more people see this"
                    + "|\\b" + NOT_AFTER + VOTE + "\\s+(?:(?:this|it)\\s+)?so\\s+(?:that\\s+)?(?:more\\s+)?(?:people"
                    + "|every\\s*one|others|it|this|he|she|they|we|i|the|my|our|your|you|u)\\b"
                    // "give this a like", "give it a thumbs up", "give my comment an upvote"
                    + "|\\bgive\\s+(?:this|it|me|us|my\\s+comment|this\\s+comment|the\\s+comment)\\s+an?\\s+"
                    + "(?:like|thumbs?\\s*-?\\s*up|upvote)\\b"
                    // "please like this", "plz upvote"
                    + "|\\b(?:please|pls|plz)\\s+" + VOTE + "\\b(?!\\s+(?:you|yourself|me\\s+for))"
                    // "likes please", "thumbs up pls"
                    + "|\\b" + NOT_AFTER + VOTES + "\\s+(?:please|pls|plz)\\b"
                    // "smash that like button", "hit the thumbs up"
                    + "|\\b(?:hit|smash|press|tap|click|leave)\\s+(?:that|the|a)\\s+(?:like|thumbs?\\s*-?\\s*up)"
                    + "(?:\\s+button)?\\b"
                    // "how many likes for ...", "how many thumbs up can this get"
                    + "|\\bhow\\s+many\\s+" + VOTES + "\\s+(?:for|can|will|does|do|if|to|this|it|before)\\b"
                    // chain letters: "share this to 10 people or ...", "copy and paste this"
                    + "|\\b(?:share|send|post)\\s+this\\s+(?:comment\\s+)?(?:to|with|on)\\s+\\d+\\s+(?:\\w+\\s+)?"
                    + "(?:people|persons|friends|videos|comments)\\b|\\bcopy\\s+(?:and|&|n)\\s+paste\\s+this\\b",
            "like", "thumb", "upvote", "up", "give", "pl", "hit", "smash", "press", "tap", "click", "leave", "how",
            "share", "send", "post", "copy");

    @Override
    public void apply(Evaluation evaluation, List<Signal> signals) {
        NormalizedText text = evaluation.text;
        String normalized = text.text();
        if (!Matches.containsAny(normalized, GATE)) {
            return;
        }
        String hit = BAIT.first(text);
        if (hit == null) {
            return;
        }
        List<Evaluation.Link> links = evaluation.links();
        double reject = evaluation.settings.raw.rejectThreshold();
        if (links.isEmpty()) {
            signals.add(new Signal(RULE_ID, Category.SPAM, evaluation.settings.raw.holdThreshold(), Priority.LOW,
                    hit, "The comment asks readers for likes or votes: engagement bait, not a reply to the article."));
        } else {
            signals.add(new Signal(RULE_ID, Category.SPAM, reject, Priority.LOW, hit + " … " + links.get(0).evidence(),
                    "The comment asks readers for likes or votes and carries a link: an advert."));
        }
    }
}
