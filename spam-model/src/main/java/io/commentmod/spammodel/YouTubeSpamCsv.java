package io.commentmod.spammodel;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads files in the format of the YouTube Spam Collection (UCI; Alberto, Lochter and Almeida, 2015): a header
 * {@code COMMENT_ID,AUTHOR,DATE,CONTENT,CLASS} (any column order, case-insensitive) and one comment per record,
 * CLASS 1 = spam, 0 = legitimate. Parsed as real CSV (RFC 4180): quoted fields may hold commas, doubled quotes and
 * line breaks; CRLF or LF line ends; a UTF-8 byte-order mark at the start of the file is skipped. Field contents
 * are returned exactly as written (stray U+FEFF inside the text included: removing it is the model's job).
 */
public final class YouTubeSpamCsv {

    /** One comment of the collection. {@code date} may be empty. */
    public record Row(String commentId, String author, String date, String content, boolean spam) {

        public LabeledText labeled() {
            return new LabeledText(content, spam);
        }
    }

    private YouTubeSpamCsv() {
    }

    public static List<Row> read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** The comments of the file as training examples (content and label only: never ids, authors or dates). */
    public static List<LabeledText> readLabeled(Path file) {
        return read(file).stream().map(Row::labeled).toList();
    }

    public static List<Row> parse(String csv, String source) {
        List<List<String>> records = records(csv);
        if (records.isEmpty()) {
            throw new IllegalArgumentException(source + ": empty file, expected a header");
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = records.get(0);
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i).trim().toUpperCase(Locale.ROOT), i);
        }
        int content = column(columns, "CONTENT", source);
        int label = column(columns, "CLASS", source);
        int id = columns.getOrDefault("COMMENT_ID", -1);
        int author = columns.getOrDefault("AUTHOR", -1);
        int date = columns.getOrDefault("DATE", -1);
        List<Row> rows = new ArrayList<>(records.size() - 1);
        for (int r = 1; r < records.size(); r++) {
            List<String> rec = records.get(r);
            if (rec.size() == 1 && rec.get(0).isEmpty()) {
                continue; // blank line
            }
            if (rec.size() <= Math.max(content, label)) {
                throw new IllegalArgumentException(source + ": record " + r + " has " + rec.size() + " fields");
            }
            String cls = rec.get(label).trim();
            boolean spam;
            if (cls.equals("1")) {
                spam = true;
            } else if (cls.equals("0")) {
                spam = false;
            } else {
                throw new IllegalArgumentException(source + ": record " + r + " has CLASS '" + cls + "'");
            }
            rows.add(new Row(field(rec, id), field(rec, author), field(rec, date), rec.get(content), spam));
        }
        return rows;
    }

    private static String field(List<String> rec, int i) {
        return i >= 0 && i < rec.size() ? rec.get(i) : "";
    }

    private static int column(Map<String, Integer> columns, String name, String source) {
        Integer i = columns.get(name);
        if (i == null) {
            throw new IllegalArgumentException(source + ": no " + name + " column in the header");
        }
        return i;
    }

    /** RFC 4180 records. */
    static List<List<String>> records(String csv) {
        try {
            return records(new StringReader(csv));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<List<String>> records(Reader in) throws IOException {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        boolean first = true;
        int c;
        while ((c = in.read()) != -1) {
            if (first) {
                first = false;
                if (c == '\uFEFF') {
                    continue;
                }
            }
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            in.reset();
                        }
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"' && field.isEmpty() && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r') {
                    in.mark(1);
                    if (in.read() != '\n') {
                        in.reset();
                    }
                }
                record.add(field.toString());
                records.add(record);
                record = new ArrayList<>();
                field.setLength(0);
                fieldStarted = false;
            } else {
                field.append((char) c);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("Unterminated quoted field at end of input");
        }
        if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
