package io.commentmod.moderation.console;

import java.util.Arrays;
import java.util.List;

import io.commentmod.engine.EngineSettings;

/**
 * The engine's settings as the console's rules page edits them: thresholds as numbers, each list as text with one
 * entry per line.
 */
public record RulesForm(double holdThreshold, double rejectThreshold, String bannedWords, String suspectWords,
        String blockedDomains, String shortenerDomains, String spamPhrases, int linkRejectCount,
        int floodWindowMinutes, int floodHoldCount, int floodRejectCount, int duplicateHoldCount,
        int duplicateRejectCount, int duplicateMinLetters, int trustedMinPublished, double trustBonus,
        double modelHoldThreshold, double modelRejectThreshold) {

    static RulesForm of(EngineSettings s) {
        return new RulesForm(s.holdThreshold(), s.rejectThreshold(), lines(s.bannedWords()),
                lines(s.suspectWords()), lines(s.blockedDomains()), lines(s.shortenerDomains()),
                lines(s.spamPhrases()), s.linkRejectCount(), s.floodWindowMinutes(), s.floodHoldCount(),
                s.floodRejectCount(), s.duplicateHoldCount(), s.duplicateRejectCount(), s.duplicateMinLetters(),
                s.trustedMinPublished(), s.trustBonus(), s.modelHoldThreshold(), s.modelRejectThreshold());
    }

    /** The settings this form describes; the version is the server's to give. */
    EngineSettings toSettings(String version) {
        return new EngineSettings(version, holdThreshold, rejectThreshold, list(bannedWords), list(suspectWords),
                list(blockedDomains), list(shortenerDomains), list(spamPhrases), linkRejectCount, floodWindowMinutes,
                floodHoldCount, floodRejectCount, duplicateHoldCount, duplicateRejectCount, duplicateMinLetters,
                trustedMinPublished, trustBonus, modelHoldThreshold, modelRejectThreshold);
    }

    private static String lines(List<String> values) {
        return String.join("\n", values);
    }

    /** One entry per non-blank line, trimmed. */
    private static List<String> list(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
