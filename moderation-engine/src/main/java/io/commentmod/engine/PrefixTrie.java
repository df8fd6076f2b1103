package io.commentmod.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Words (triggers, first words of phrases) in a character trie, each carrying a value: which of them begin at a
 * position of a comment is one walk along the text, a few characters long for nearly every word, instead of a
 * comparison with every word sharing a first letter. The rules ask this at every word start of every comment.
 * Immutable once built, so thread-safe.
 */
final class PrefixTrie<T> {

    private static final char[] NO_KEYS = new char[0];

    private static final int ASCII = 128;

    /** ASCII children in a direct table (one array read per character); others, rare here, in a short list. */
    private static final class Node {
        Node[] ascii;
        char[] keys = NO_KEYS;
        Node[] others = new Node[0];
        List<Object> values = List.of();

        Node child(char c) {
            if (c < ASCII) {
                Node[] table = ascii;
                return table == null ? null : table[c];
            }
            char[] k = keys;
            for (int i = 0; i < k.length; i++) {
                if (k[i] == c) {
                    return others[i];
                }
            }
            return null;
        }

        Node childOrNew(char c) {
            Node existing = child(c);
            if (existing != null) {
                return existing;
            }
            Node created = new Node();
            if (c < ASCII) {
                if (ascii == null) {
                    ascii = new Node[ASCII];
                }
                ascii[c] = created;
                return created;
            }
            keys = Arrays.copyOf(keys, keys.length + 1);
            keys[keys.length - 1] = c;
            others = Arrays.copyOf(others, others.length + 1);
            others[others.length - 1] = created;
            return created;
        }
    }

    private final Node root = new Node();

    /** Adds a word with its value; a word may carry several values. */
    void add(String word, T value) {
        if (word.isEmpty()) {
            throw new IllegalArgumentException("Empty words cannot be looked up");
        }
        Node node = root;
        for (int i = 0; i < word.length(); i++) {
            node = node.childOrNew(word.charAt(i));
        }
        List<Object> values = new ArrayList<>(node.values);
        values.add(value);
        node.values = List.copyOf(values);
    }

    /** Whether any added word begins at {@code at} of {@code text[0, n)} (the text may go on after it). */
    boolean anyStartsAt(char[] text, int n, int at) {
        Node node = root;
        for (int i = at; i < n; i++) {
            node = node.child(text[i]);
            if (node == null) {
                return false;
            }
            if (!node.values.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The values of every added word that begins at {@code at} of {@code text[0, n)}, shortest word first; empty when
     * none.
     */
    @SuppressWarnings("unchecked")
    List<T> startingAt(char[] text, int n, int at) {
        List<Object> single = null;
        List<Object> found = null;
        Node node = root;
        for (int i = at; i < n; i++) {
            node = node.child(text[i]);
            if (node == null) {
                break;
            }
            if (!node.values.isEmpty()) {
                if (single == null) {
                    single = node.values; // the common case: one word matches, nothing to allocate
                } else {
                    if (found == null) {
                        found = new ArrayList<>(single);
                    }
                    found.addAll(node.values);
                }
            }
        }
        return (List<T>) (found != null ? found : single != null ? single : List.of());
    }
}
