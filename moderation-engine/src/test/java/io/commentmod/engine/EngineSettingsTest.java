package io.commentmod.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class EngineSettingsTest {

    @Test
    void theDefaultsAreValid() {
        assertThat(EngineSettings.defaults().problems()).isEmpty();
        assertThat(EngineSettings.defaults().version()).isEqualTo(EngineSettings.DEFAULT_VERSION);
    }

    @Test
    void problemsNameTheFieldsThatAreWrong() {
        EngineSettings d = EngineSettings.defaults();
        EngineSettings broken = new EngineSettings(" ", 0.5, 0.4, Arrays.asList("ok", null, "   "), List.of(),
                List.of("not a domain"), List.of("bit.ly"), List.of(), 0, 0, 5, 2, 1, 3, 20, 5, 2.0, 1.5, 0.9);

        assertThat(broken.problems()).extracting(p -> p.substring(0, p.indexOf(':'))).containsExactlyInAnyOrder(
                "version", "rejectThreshold", "bannedWords", "bannedWords", "blockedDomains", "linkRejectCount",
                "floodWindowMinutes", "floodRejectCount", "trustBonus", "modelHoldThreshold",
                "modelRejectThreshold");
        assertThat(d.withVersion("engine-2").version()).isEqualTo("engine-2");
    }

    @Test
    void theEngineRefusesSettingsWithProblems() {
        EngineSettings invalid = EngineSettings.defaults().withVersion("");

        assertThatIllegalArgumentException().isThrownBy(() -> new ModerationEngine(invalid))
                .withMessageContaining("version");
    }

    @Test
    void listsAreCopiedSoTheSettingsStayImmutable() {
        List<String> banned = new java.util.ArrayList<>(List.of("foo"));
        EngineSettings settings = EngineSettings.defaults().withWordLists(banned, List.of());
        banned.add("bar");

        assertThat(settings.bannedWords()).containsExactly("foo");
    }
}
