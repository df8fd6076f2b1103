package io.commentmod.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the comment thread of a saved article page like {@code shared/seed/therapist-cries-thread.txt}: a bullet
 * line with the author, an optional repeat of the name, a date line, then the comment until the next bullet.
 * <p>
 * The page does not mark replies. It lists top-level comments oldest first with each comment's replies right below
 * it, so a comment that is newer than a top-level comment listed after it can only be a reply, and it answers the
 * nearest top-level comment above it.
 * <p>
 * The project never ships the sample's text: tests read the file from the {@code shared} folder beside the
 * repository and skip when it is absent.
 */
public final class SampleThread {

    private static final Pattern BULLET = Pattern.compile("^\\s*\u2022\\s+(.+?)\\s*$");
    private static final Pattern DATE = Pattern.compile(
            "^\\s*([A-Z][a-z]+) (\\d{1,2})(?:st|nd|rd|th), (\\d{4}) at (\\d{1,2}):(\\d{2}) ([AP]M)\\s*$");
    private static final DateTimeFormatter DATE_FORMAT = DateTimeFormatter.ofPattern("MMMM d yyyy h:mm a", Locale.US);

    /** One comment; {@code parentIndex} is the index of the comment it replies to, or -1. */
    public record SampleComment(int index, String author, LocalDateTime date, String body, int parentIndex) {

        public boolean isReply() {
            return parentIndex >= 0;
        }
    }

    private SampleThread() {
    }

    /** The seed file if it is found next to the repository (from the repo root or a module directory). */
    public static Optional<Path> locate() {
        for (String candidate : List.of("../shared/seed/therapist-cries-thread.txt",
                "../../shared/seed/therapist-cries-thread.txt")) {
            Path path = Path.of(candidate);
            if (Files.isRegularFile(path)) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }

    public static List<SampleComment> parse(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<RawComment> raw = new ArrayList<>();
        RawComment current = null;
        for (String line : lines) {
            Matcher bullet = BULLET.matcher(line);
            if (bullet.matches()) {
                current = bullet.group(1).equals("Leave a Comment") ? null : new RawComment(bullet.group(1));
                if (current != null) {
                    raw.add(current);
                }
                continue;
            }
            if (current == null) {
                continue;
            }
            if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0))) {
                current = null; // page footer ("Leave a Comment", ...) ends the thread
                continue;
            }
            String text = line.strip();
            if (current.date == null) {
                Matcher date = DATE.matcher(line);
                if (date.matches()) {
                    current.date = LocalDateTime.parse(date.group(1) + " " + date.group(2) + " " + date.group(3) + " "
                            + date.group(4) + ":" + date.group(5) + " " + date.group(6), DATE_FORMAT);
                }
                continue; // the repeated name and blank lines before the date
            }
            current.lines.add(text);
        }
        return link(raw);
    }

    private static List<SampleComment> link(List<RawComment> raw) {
        List<SampleComment> comments = new ArrayList<>();
        int lastTopLevel = -1;
        for (int i = 0; i < raw.size(); i++) {
            RawComment comment = raw.get(i);
            boolean reply = false;
            for (int j = i + 1; j < raw.size() && lastTopLevel >= 0; j++) {
                if (raw.get(j).date.isBefore(comment.date)) {
                    reply = true;
                    break;
                }
            }
            int parent = reply ? lastTopLevel : -1;
            if (!reply) {
                lastTopLevel = i;
            }
            comments.add(new SampleComment(i, comment.author, comment.date, comment.body(), parent));
        }
        return comments;
    }

    private static final class RawComment {
        final String author;
        LocalDateTime date;
        final List<String> lines = new ArrayList<>();

        RawComment(String author) {
            this.author = author;
        }

        String body() {
            StringBuilder body = new StringBuilder();
            boolean blank = false;
            for (String line : lines) {
                if (line.isEmpty()) {
                    blank = !body.isEmpty();
                    continue;
                }
                if (!body.isEmpty()) {
                    body.append(blank ? "\n\n" : "\n");
                }
                body.append(line);
                blank = false;
            }
            return body.toString();
        }
    }
}
