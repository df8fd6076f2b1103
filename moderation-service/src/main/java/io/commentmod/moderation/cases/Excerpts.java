package io.commentmod.moderation.cases;

/** The start of a comment on one line, for lists. */
public final class Excerpts {

    private static final String ELLIPSIS = "\u2026";

    private Excerpts() {
    }

    /** The body on one line, at most {@code length} characters, cut at a word boundary where there is one. */
    public static String of(String body, int length) {
        if (body == null) {
            return "";
        }
        String flat = body.strip().replaceAll("\\s+", " ");
        if (flat.length() <= length) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', length);
        if (cut < length / 2) {
            cut = length;
        }
        return flat.substring(0, cut).stripTrailing() + ELLIPSIS;
    }
}
