package io.commentmod.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleThreadTest {

    @Test
    void readsAuthorsDatesBodiesAndInfersRepliesFromTheOrderOfDates(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("page.txt");
        Files.writeString(page, String.join("\n",
                "A question?",
                "  \u2022 Leave a Comment",
                "  \u2022 Ann B",
                "",
                "    Ann B",
                "",
                "    March 1st, 2020 at 9:05 AM",
                "",
                "    First paragraph.",
                "    Same paragraph.",
                "",
                "    Second paragraph.",
                "",
                "  \u2022 Bo",
                "",
                "",
                "    April 2nd, 2020 at 1:00 PM",
                "",
                "    Looking for volunteers.",
                "",
                "  \u2022 Cy",
                "",
                "    June 3rd, 2021 at 11:30 PM",
                "",
                "    Replying to Bo a year later.",
                "",
                "  \u2022 Di",
                "",
                "    May 4th, 2020 at 12:00 AM",
                "",
                "    A later top-level comment.",
                "",
                "Leave a Comment",
                "Footer text"));

        List<SampleThread.SampleComment> comments = SampleThread.parse(page);

        assertThat(comments).extracting(SampleThread.SampleComment::author).containsExactly("Ann B", "Bo", "Cy", "Di");
        assertThat(comments.get(0).body()).isEqualTo("First paragraph.\nSame paragraph.\n\nSecond paragraph.");
        assertThat(comments.get(0).date().getHour()).isEqualTo(9);
        assertThat(comments.get(2).parentIndex()).isEqualTo(1);
        assertThat(comments).filteredOn(c -> c.index() != 2).allMatch(c -> !c.isReply());
        assertThat(comments.get(3).body()).isEqualTo("A later top-level comment.");
    }
}
