package io.commentmod.engine;

import java.util.List;

import io.commentmod.contracts.Priority;

/**
 * Recruiting readers (for a study, a survey, a service) or asking them to get in touch privately. Judged by meaning,
 * not by single words: readers discuss e-mail contact with their therapist, ask a researcher to e-mail them a paper,
 * or ask "are you still looking for people?" — none of that recruits anyone. The rule fires on
 * <ul>
 * <li>an explicit invitation to contact the writer privately ("please contact me", "email me at", "DM me"), or</li>
 * <li>a call for participants together with a study or an invitation to get in touch ("I am conducting a survey ...
 * looking for volunteers", "interview anyone who ... let me know").</li>
 * </ul>
 */
final class SolicitationRule implements Rule {

    static final String RULE_ID = "promotion.solicitation";

    private static final String A = Matches.APOSTROPHE;

    private static final String CONTACT_VERB = "(?:contact|e-?mail|message|dm|pm|text|call|ring|phone|write\\s+to"
            + "|reach(?:\\s+out\\s+to)?|get\\s+in\\s+touch\\s+with)";

    /** Words a {@link #CONTACT_VERB} starts with. */
    private static final String[] CONTACT_TRIGGERS = {"contact", "email", "e-mail", "message", "dm", "pm", "text",
        "call", "ring", "phone", "write to", "reach", "get in"};

    private static final Trigger EXPLICIT_CONTACT = new Trigger(
            "\\b(?:please|pls|kindly|feel\\s+free\\s+to|do\\s+not\\s+hesitate\\s+to|don" + A + "?t\\s+hesitate\\s+to)\\s+"
                    + CONTACT_VERB + "\\s+me\\b"
                    + "|\\be-?mail\\s+me\\s+(?:at|on)\\b"
                    + "|\\b(?:dm|pm|inbox|whatsapp)\\s+me\\b"
                    + "|\\b(?:message|text)\\s+me\\s+(?:at|on)\\b"
                    // "contact me at night" is not an address; "contact me at jo@..." or "on 0123..." is
                    + "|\\b" + CONTACT_VERB + "\\s+me\\s+(?:at|on|via)\\s+(?=\\S*@|\\+?\\d|skype|whatsapp|telegram"
                    + "|signal|my\\s+(?:e-?mail|number|address|phone))",
            concat(CONTACT_TRIGGERS, "please", "pls", "kindly", "feel free", "do not", "don", "inbox", "whatsapp"));

    private static final Trigger PARTICIPANT_CALL = new Trigger(
            "\\b(?:recruit\\w*|looking\\s+for|seeking|searching\\s+for|need|needs|invite|inviting)\\s+(?:[\\w-]+\\s+){0,2}"
                    + "(?:participants|volunteers|respondents|interviewees)\\b"
                    + "|\\binterview\\s+(?:any\\s*one|anybody|participants|people|volunteers|clients|those|individuals)\\b"
                    + "|\\btak(?:e|ing)\\s+part\\s+in\\s+(?:my|our|the|a|this)\\s+(?:[\\w-]+\\s+){0,2}"
                    + "(?:study|survey|research|project|interviews?)\\b"
                    + "|\\b(?:express|register)\\s+(?:your\\s+)?interest\\s+in\\s+(?:participating|taking\\s+part)\\b"
                    + "|\\binterested\\s+in\\s+(?:participating|taking\\s+part)\\b"
                    + "|\\b(?:fill\\s+(?:in|out)|complete)\\s+(?:my|our|a|this|the)\\s+(?:[\\w-]+\\s+){0,2}"
                    + "(?:survey|questionnaire)\\b",
            "recruit", "looking for", "seeking", "searching for", "need", "invit", "interview", "take part",
            "taking part", "express", "register",
            "interested", "fill", "complete");

    private static final Trigger STUDY = new Trigger(
            "\\b(?:conducting|doing|carrying\\s+out|running|undertaking|working\\s+on|writing)\\s+(?:a|an|my|our)\\s+"
                    + "(?:[\\w'\u2019-]+\\s+){0,3}(?:study|survey|research|dissertation|thesis|questionnaire|project)\\b"
                    + "|\\bethics\\s+(?:committee|approval|board)\\b",
            "conducting", "doing", "carrying", "running", "undertaking", "working", "writing", "ethics");

    private static final Trigger INVITATION = new Trigger(
            "\\b" + CONTACT_VERB + "\\s+me\\b|\\bget\\s+in\\s+touch\\b|\\breach\\s+out\\b|\\blet\\s+me\\s+know\\b"
                    + "|\\bif\\s+(?:you\\s+are|you" + A + "re|anyone\\s+is)\\s+interested\\b",
            concat(CONTACT_TRIGGERS, "let me", "if you", "if anyone"));

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    @Override
    public void apply(Evaluation evaluation, List<Signal> signals) {
        NormalizedText text = evaluation.text;
        for (String hit : EXPLICIT_CONTACT.all(text)) {
            signals.add(new Signal(RULE_ID, Category.PROMOTION, Signal.HOLD_LEVEL, Priority.NORMAL, hit,
                    "The writer asks readers to contact them privately."));
        }
        String call = PARTICIPANT_CALL.first(text);
        if (call != null) {
            String context = STUDY.first(text);
            if (context == null) {
                context = INVITATION.first(text);
            }
            if (context != null) {
                signals.add(new Signal(RULE_ID, Category.PROMOTION, Signal.HOLD_LEVEL, Priority.NORMAL, call,
                        "The writer recruits readers as participants (with \"" + context + "\")."));
            }
        }
    }
}
