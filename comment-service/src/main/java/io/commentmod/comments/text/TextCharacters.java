package io.commentmod.comments.text;

import java.util.function.IntFunction;

/** How the text constraints classify characters; see the package documentation for the policy. */
final class TextCharacters {

    private TextCharacters() {
    }

    /** Whether a high surrogate is not followed by a low one, or a low one not preceded by a high one. */
    static boolean hasUnpairedSurrogate(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    static boolean isControl(int codePoint) {
        return Character.getType(codePoint) == Character.CONTROL;
    }

    /** Line breaks and tabs, the only control characters a multi-line text may contain. */
    static boolean isLayoutControl(int codePoint) {
        return codePoint == '\n' || codePoint == '\r' || codePoint == '\t';
    }

    /** Format characters (Cf) and the Unicode line and paragraph separators: invisible, but they change rendering. */
    static boolean isInvisibleFormatting(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    /**
     * Whether the character shows something: a letter, digit, punctuation or symbol. Marks alone, spaces, controls,
     * format characters, private-use and unassigned code points do not, and neither do the few letters and symbols
     * that render blank and are abused as "invisible" text.
     */
    static boolean isVisible(int codePoint) {
        if (isBlankLookingLetterOrSymbol(codePoint)) {
            return false;
        }
        return switch (Character.getType(codePoint)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.CONNECTOR_PUNCTUATION,
                    Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    private static boolean isBlankLookingLetterOrSymbol(int codePoint) {
        return switch (codePoint) {
            // Hangul fillers, Khmer inherent vowels, braille blank: assigned letters and symbols that draw nothing
            case 0x115F, 0x1160, 0x3164, 0xFFA0, 0x17B4, 0x17B5, 0x2800 -> true;
            default -> false;
        };
    }

    /**
     * The one pass both text constraints make: the message of the first problem, or null when the text is fine.
     * {@code refusal} names what is wrong with one code point (null: nothing); a text with no visible character is
     * refused too.
     */
    static String problemOf(String text, IntFunction<String> refusal) {
        if (hasUnpairedSurrogate(text)) {
            return ProblemMessages.UNPAIRED_SURROGATE;
        }
        boolean visible = false;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            String refused = refusal.apply(codePoint);
            if (refused != null) {
                return refused;
            }
            visible |= isVisible(codePoint);
            i += Character.charCount(codePoint);
        }
        return visible ? null : ProblemMessages.NOTHING_VISIBLE;
    }
}
