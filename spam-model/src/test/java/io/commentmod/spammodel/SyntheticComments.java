package io.commentmod.spammodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Deterministic synthetic comments for the scoring equivalence test and the timing main: mostly plain English, with a
 * share of what real comments carry (accents, emoji, zero-width characters and U+FEFF, HTML entities and tags, links
 * written in every way the normalizer knows, shouting, leetspeak, spaced-out letters, look-alike letters).
 */
final class SyntheticComments {

    private static final String[] WORDS = ("the a to and of i you it is this that my for in on with was so just "
            + "really love song video great best watch channel subscribe check out please like new music "
            + "amazing thanks people time year world view views million billion funny girl guys comment "
            + "money free gift win click here link follow page blog visit online home work day cash fast "
            + "therapist session felt seen thoughtful answer anxiety counselor week nervous").split(" ");

    private static final String[] SPICE = {
        "http://example-videos.com/watch?v=abc123", "www.easy-cash.example.net", "giftcards-now.info",
        "example . com", "example dot com", "example. com", "https://youtu.be/xyz?t=42", "&amp;", "&#39;", "&quot;",
        "&#x1F600;", "&nbsp;", "<br />", "<a href=\"http://spam.example.org/x\">my site</a>", "<b>bold</b>", "\uFEFF",
        "\u200B", "\u200D", "\u00AD", "\u2060", "caf\u00e9", "na\u00efve", "\u00fcber", "\uD83D\uDE00",
        "\uD83D\uDD25\uD83D\uDD25\uD83D\uDD25", "\u2764\uFE0F", "p\u0430yp\u0430l", "\u0441\u0430\u0442",
        "\u03bfk", "\uFF26\uFF52\uFF45\uFF45", "\u2460\u2461", "v1s1t", "g00d", "ch3ap", "12345", "$500",
        "c h e c k  m y  s i t e", "s u b s c r i b e", "SUBSCRIBE NOW!!!", "LOOOOOOL", "!!!!!!", "sooooo",
        "\u0130stanbul", "\u03a3\u039f\u03a3", "\u00df", "\t", "\n", "\r\n", "  ", "\u00a0", "\u3000", "x.com",
        "a.b.c.d.com", "www.", "http://", "?a=b", "foo?bar=baz", "(dot)", "[.]", "e.g.", "it's", "<url>",
        "&lt;url&gt;", "1.5", "3:45", "\u0660\u0661", "\uFF11\uFF12", "\uD835\uDC00\uD835\uDC01", "\u00bd",
    };

    private SyntheticComments() {
    }

    /** A comment of about the given length (in chars); spiceRate is the chance per word of a special token. */
    static String comment(Random random, int length, double spiceRate) {
        StringBuilder b = new StringBuilder(length + 32);
        boolean shout = random.nextInt(10) == 0;
        while (b.length() < length) {
            if (b.length() > 0) {
                b.append(random.nextInt(15) == 0 ? ", " : " ");
            }
            String word = random.nextDouble() < spiceRate ? SPICE[random.nextInt(SPICE.length)]
                    : WORDS[random.nextInt(WORDS.length)];
            if (shout || random.nextInt(12) == 0) {
                word = word.toUpperCase(java.util.Locale.ROOT);
            } else if (b.length() == 0) {
                word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            }
            b.append(word);
            if (random.nextInt(9) == 0) {
                b.append(random.nextBoolean() ? '.' : '!');
            }
        }
        return b.toString();
    }

    /** Comments with lengths spread over 30..600 chars, a few percent of them spiced. */
    static List<String> realistic(long seed, int count) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            // skewed towards short comments, like real ones
            int length = 30 + (int) (570 * Math.pow(random.nextDouble(), 2));
            out.add(comment(random, length, random.nextInt(3) == 0 ? 0.08 : 0.0));
        }
        return out;
    }

    /** Labeled training texts: spam mentions links and channels more often (only so the weights are not trivial). */
    static List<LabeledText> training(long seed, int count) {
        Random random = new Random(seed);
        List<LabeledText> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean spam = random.nextBoolean();
            String text = comment(random, 20 + random.nextInt(300), spam ? 0.15 : 0.03);
            if (spam) {
                text += random.nextBoolean() ? " subscribe to my channel" : " visit " + SPICE[random.nextInt(7)];
            }
            out.add(new LabeledText(text, spam));
        }
        return out;
    }
}
