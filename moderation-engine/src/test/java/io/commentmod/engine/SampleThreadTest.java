package io.commentmod.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.commentmod.contracts.Decision;
import io.commentmod.testsupport.SampleThread;
import io.commentmod.testsupport.SampleThread.SampleComment;

/**
 * The product's acceptance example: the sample page's thread under the default engine settings. The page is read from the
 * shared folder beside the repository and never copied into it; without that folder the test is skipped.
 */
class SampleThreadTest {

    private static final String RECRUITER = "AliceResearcher";

    private static List<SampleComment> thread;

    @BeforeAll
    static void readThread() throws IOException {
        Optional<Path> seed = SampleThread.locate();
        Assumptions.assumeTrue(seed.isPresent(), "sample thread not found beside the repository; skipping");
        thread = SampleThread.parse(seed.get());
    }

    @Test
    void theParserFindsEveryCommentOfTheThread() {
        assertThat(thread).extracting(SampleComment::author).contains(RECRUITER).hasSizeGreaterThanOrEqualTo(10);
        assertThat(thread).allSatisfy(comment -> assertThat(comment.body()).isNotBlank());
    }

    @Test
    void theRecruitmentMessageIsHeldAsSolicitation() {
        SampleComment recruitment = thread.stream().filter(c -> c.author().equals(RECRUITER)).findFirst()
                .orElseThrow();

        Verdict verdict = ModerationEngine.withDefaults().evaluate(toModerate(recruitment));

        assertThat(verdict.decision()).isEqualTo(Decision.HOLD);
        assertThat(verdict.ruleIds()).containsExactly(SolicitationRule.RULE_ID);
    }

    @Test
    void everyOtherCommentIsPublished() {
        ModerationEngine rules = ModerationEngine.withDefaults();
        Map<String, Verdict> verdicts = new LinkedHashMap<>();
        thread.stream().filter(c -> !c.author().equals(RECRUITER))
                .forEach(c -> verdicts.put(c.author(), rules.evaluate(toModerate(c))));

        assertThat(verdicts).hasSize(thread.size() - 1).allSatisfy((author, verdict) -> assertThat(verdict.decision())
                .as("%s: %s", author, verdict.signals()).isEqualTo(Decision.PUBLISH));
    }

    private static CommentToModerate toModerate(SampleComment comment) {
        String parentId = comment.isReply() ? "sample-" + comment.parentIndex() : null;
        return new CommentToModerate("sample-" + comment.index(), "sample-article", parentId, comment.author(), null,
                comment.body(), false);
    }
}
