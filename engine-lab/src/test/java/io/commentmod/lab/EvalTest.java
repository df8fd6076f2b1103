package io.commentmod.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.commentmod.spammodel.LabeledText;

class EvalTest {

    @TempDir
    Path dir;

    private Path csv(String name, List<LabeledText> rows) throws IOException {
        StringBuilder out = new StringBuilder("COMMENT_ID,AUTHOR,DATE,CONTENT,CLASS\n");
        int i = 0;
        for (LabeledText row : rows) {
            out.append("id").append(i++).append(",Someone,,\"").append(row.text().replace("\"", "\"\""))
                    .append("\",").append(row.spam() ? 1 : 0).append('\n');
        }
        Path file = dir.resolve(name);
        Files.writeString(file, out, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void leaveOneOutPrintsEveryRotationAndTotals() throws IOException {
        Path a = csv("a.csv", SyntheticComments.generate(120, 1));
        Path b = csv("b.csv", SyntheticComments.generate(120, 2));
        Path c = csv("c.csv", SyntheticComments.generate(120, 3));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Eval eval = new Eval(new PrintStream(bytes, true, StandardCharsets.UTF_8),
                Eval.parse(new String[] {"--leave-one-out", a + "," + b + "," + c, "--decider", "model", "--timing-ms", "0"}));

        OutcomeTable total = eval.run();

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("-> test a.csv", "-> test b.csv", "-> test c.csv", "TOTAL", "MCC",
                "spam published (leak)");
        assertThat(total.total()).isEqualTo(360);
        assertThat(total.accuracy()).isGreaterThan(0.9);
    }

    @Test
    void trainTestSplitWithTheWholeEngine() throws IOException {
        Path a = csv("a.csv", SyntheticComments.generate(150, 4));
        Path b = csv("b.csv", SyntheticComments.generate(80, 5));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Eval eval = new Eval(new PrintStream(bytes, true, StandardCharsets.UTF_8),
                Eval.parse(new String[] {"--train", a.toString(), "--test", b.toString(), "--timing-ms", "0"}));

        OutcomeTable table = eval.run();

        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("engine (rules");
        assertThat(table.total()).isEqualTo(80);
    }

    @Test
    void badArgumentsAreRefused() {
        assertThat(Eval.parse(new String[] {"--train", "a.csv"})).isNull();
        assertThat(Eval.parse(new String[] {"--leave-one-out"})).isNull();
        assertThat(Eval.parse(new String[] {"--train", "a", "--test", "b", "--leave-one-out", "c"})).isNull();
    }
}
