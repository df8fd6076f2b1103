package io.commentmod.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the local stack's mail viewer ({@code GET /api/messages}: a JSON array, newest first, of
 * {@code number, receivedAt, from, to[], subject, body, bodyIsHtml}) and finds, for each comment, when the SMTP server
 * accepted the first email to one of the given recipients (the therapists) whose body links to
 * {@code #comment-<id>}.
 */
final class MailCheck {

    private static final Pattern COMMENT_LINK = Pattern.compile("#comment-([A-Za-z0-9._~-]+)");

    private MailCheck() {
    }

    static String fetch(HttpClient client, String mailUrl) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(mailUrl + "/api/messages"))
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + mailUrl + "/api/messages answered " + response.statusCode());
        }
        return response.body();
    }

    /** Comment id to the earliest time a mail to one of {@code recipients} linking to it was received. */
    static Map<String, Instant> firstMailPerComment(String json, Set<String> recipients) {
        Map<String, Instant> first = new HashMap<>();
        Object parsed = Json.parse(json);
        if (!(parsed instanceof List<?> list)) {
            throw new IllegalArgumentException("the mail viewer did not answer a JSON array");
        }
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> mail)) {
                continue;
            }
            if (!addressedToAny(mail.get("to"), recipients)) {
                continue;
            }
            Object body = mail.get("body");
            Object received = mail.get("receivedAt");
            if (!(body instanceof String text) || !(received instanceof String at)) {
                continue;
            }
            Instant when = Instant.parse(at);
            Matcher m = COMMENT_LINK.matcher(text);
            List<String> ids = new ArrayList<>();
            while (m.find()) {
                ids.add(m.group(1));
            }
            for (String id : ids) {
                first.merge(id, when, (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        return first;
    }

    private static boolean addressedToAny(Object to, Set<String> recipients) {
        if (to instanceof List<?> list) {
            for (Object address : list) {
                if (address instanceof String s && recipients.contains(s.toLowerCase(java.util.Locale.ROOT))) {
                    return true;
                }
            }
        } else if (to instanceof String s) {
            return recipients.contains(s.toLowerCase(java.util.Locale.ROOT));
        }
        return false;
    }
}
