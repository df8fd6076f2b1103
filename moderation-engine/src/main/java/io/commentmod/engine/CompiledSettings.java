package io.commentmod.engine;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** {@link EngineSettings} turned into what the rules use per comment: compiled patterns and domain sets. */
final class CompiledSettings {

    final EngineSettings raw;
    final PhraseList banned;
    final PhraseList suspect;
    final PhraseList spamPhrases;
    private final Set<String> blockedDomains;
    private final Set<String> shortenerDomains;

    CompiledSettings(EngineSettings raw) {
        this.raw = raw;
        this.banned = new PhraseList(raw.bannedWords());
        this.suspect = new PhraseList(raw.suspectWords());
        this.spamPhrases = new PhraseList(raw.spamPhrases());
        this.blockedDomains = domains(raw.blockedDomains());
        this.shortenerDomains = domains(raw.shortenerDomains());
    }

    boolean isBlocked(String host) {
        return matchesDomain(host, blockedDomains);
    }

    boolean isShortener(String host) {
        return matchesDomain(host, shortenerDomains);
    }

    /** The host itself or any parent domain is listed: "ads.spam.example" is blocked by "spam.example". */
    private static boolean matchesDomain(String host, Set<String> domains) {
        if (domains.isEmpty()) {
            return false;
        }
        String candidate = host;
        while (true) {
            if (domains.contains(candidate)) {
                return true;
            }
            int dot = candidate.indexOf('.');
            if (dot < 0 || candidate.indexOf('.', dot + 1) < 0) {
                return false;
            }
            candidate = candidate.substring(dot + 1);
        }
    }

    private static Set<String> domains(List<String> domains) {
        return domains.stream().filter(d -> d != null && !d.isBlank()).map(d -> d.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }
}
