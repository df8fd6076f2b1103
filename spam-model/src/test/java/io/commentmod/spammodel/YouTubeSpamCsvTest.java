package io.commentmod.spammodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YouTubeSpamCsvTest {

    @TempDir
    Path dir;

    @Test
    void readsQuotedFieldsWithCommasQuotesNewlinesAndABom() throws IOException {
        String csv = "\uFEFFCOMMENT_ID,AUTHOR,DATE,CONTENT,CLASS\r\n"
                + "c1,Ann,2015-01-01T10:00:00,\"Hello, world\",0\r\n"
                + "c2,\"Bob, Jr.\",,\"She said \"\"wow\"\"\nand left\uFEFF\",1\n"
                + "c3,Cy,2015-01-02,plain text,0";
        Path file = dir.resolve("comments.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        List<YouTubeSpamCsv.Row> rows = YouTubeSpamCsv.read(file);

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).isEqualTo(new YouTubeSpamCsv.Row("c1", "Ann", "2015-01-01T10:00:00", "Hello, world",
                false));
        assertThat(rows.get(1).author()).isEqualTo("Bob, Jr.");
        assertThat(rows.get(1).date()).isEmpty();
        assertThat(rows.get(1).content()).isEqualTo("She said \"wow\"\nand left\uFEFF");
        assertThat(rows.get(1).spam()).isTrue();
        assertThat(rows.get(2).content()).isEqualTo("plain text");
        assertThat(YouTubeSpamCsv.readLabeled(file)).extracting(LabeledText::spam).containsExactly(false, true, false);
    }

    @Test
    void findsColumnsByNameInAnyOrder() {
        List<YouTubeSpamCsv.Row> rows = YouTubeSpamCsv.parse("class,content\n1,\"buy, now\"\n", "test");
        assertThat(rows).containsExactly(new YouTubeSpamCsv.Row("", "", "", "buy, now", true));
    }

    @Test
    void rejectsBadInputClearly() {
        assertThatThrownBy(() -> YouTubeSpamCsv.parse("COMMENT_ID,CONTENT\nx,y\n", "f.csv"))
                .hasMessageContaining("CLASS");
        assertThatThrownBy(() -> YouTubeSpamCsv.parse("CONTENT,CLASS\nhello,maybe\n", "f.csv"))
                .hasMessageContaining("maybe");
        assertThatThrownBy(() -> YouTubeSpamCsv.parse("CONTENT,CLASS\n\"open,1\n", "f.csv"))
                .hasMessageContaining("Unterminated");
    }
}
