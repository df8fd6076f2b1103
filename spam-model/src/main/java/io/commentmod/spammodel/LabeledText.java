package io.commentmod.spammodel;

import java.util.Objects;

/** One training example: a comment's text and whether it is spam. */
public record LabeledText(String text, boolean spam) {

    public LabeledText {
        Objects.requireNonNull(text, "text");
    }
}
