package io.commentmod.localstack;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small web page over the captured mail: {@code /} lists messages newest first, {@code /messages/{n}} shows one,
 * {@code /api/messages} returns the list as JSON. Everything taken from a message is HTML-escaped: mail content is
 * written by commenters.
 */
final class MailViewer implements AutoCloseable {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor;
    private final Supplier<List<CapturedMail>> messages;

    private MailViewer(HttpServer server, ExecutorService executor, Supplier<List<CapturedMail>> messages) {
        this.server = server;
        this.executor = executor;
        this.messages = messages;
    }

    static MailViewer start(int port, Supplier<List<CapturedMail>> messages) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(Ports.HOST, port), 0);
        } catch (IOException e) {
            throw new LocalStackException("The mail viewer could not listen on " + Ports.HOST + ":" + port + ": "
                    + e.getMessage(), e);
        }
        ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "mail-viewer");
            thread.setDaemon(true);
            return thread;
        });
        MailViewer viewer = new MailViewer(server, executor, messages);
        server.createContext("/", viewer::handle);
        server.setExecutor(executor);
        server.start();
        return viewer;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain", "method not allowed");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/")) {
                send(exchange, 200, "text/html", listPage(messages.get()));
            } else if (path.equals("/api/messages")) {
                send(exchange, 200, "application/json", json(messages.get()));
            } else if (path.startsWith("/messages/")) {
                CapturedMail mail = byNumber(path.substring("/messages/".length()));
                if (mail == null) {
                    send(exchange, 404, "text/html", page("Not found", "<p>No such message. <a href=\"/\">All messages</a></p>"));
                } else {
                    send(exchange, 200, "text/html", messagePage(mail));
                }
            } else {
                send(exchange, 404, "text/plain", "not found");
            }
        } catch (RuntimeException e) {
            // the JDK server would otherwise drop the connection without a word
            send(exchange, 500, "text/plain", "mail viewer error: " + e);
        } finally {
            exchange.close();
        }
    }

    private CapturedMail byNumber(String text) {
        int number;
        try {
            number = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return null;
        }
        List<CapturedMail> all = messages.get();
        return number >= 1 && number <= all.size() ? all.get(number - 1) : null;
    }

    static String listPage(List<CapturedMail> messages) {
        StringBuilder rows = new StringBuilder();
        for (int i = messages.size() - 1; i >= 0; i--) {
            CapturedMail mail = messages.get(i);
            rows.append("<tr><td>").append(mail.number())
                    .append("</td><td>").append(escape(TIME.format(mail.receivedAt())))
                    .append("</td><td>").append(escape(mail.from()))
                    .append("</td><td>").append(escape(String.join(", ", mail.recipients())))
                    .append("</td><td><a href=\"/messages/").append(mail.number()).append("\">")
                    .append(escape(mail.subject().isBlank() ? "(no subject)" : mail.subject()))
                    .append("</a></td></tr>\n");
        }
        String body = messages.isEmpty()
                ? "<p>No mail yet. Mail sent to the SMTP server shows up here (kept in memory only).</p>"
                : "<table><thead><tr><th>#</th><th>received</th><th>from</th><th>to</th><th>subject</th></tr></thead>\n"
                        + "<tbody>\n" + rows + "</tbody></table>";
        return page("Captured mail (" + messages.size() + ")",
                "<p class=\"note\">Newest first; refreshes every 5 s. <a href=\"/api/messages\">JSON</a></p>\n" + body,
                "<meta http-equiv=\"refresh\" content=\"5\">");
    }

    static String messagePage(CapturedMail mail) {
        String body = "<p><a href=\"/\">&larr; all messages</a></p>\n"
                + "<h2>Headers</h2>\n<pre>" + escape(String.join("\n", mail.headers())) + "</pre>\n"
                + "<h2>" + (mail.bodyIsHtml() ? "HTML part (source)" : "Text") + "</h2>\n"
                + "<pre>" + escape(mail.body()) + "</pre>";
        return page(mail.subject().isBlank() ? "(no subject)" : mail.subject(), body);
    }

    static String json(List<CapturedMail> messages) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = messages.size() - 1; i >= 0; i--) {
            CapturedMail mail = messages.get(i);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("number", mail.number());
            entry.put("receivedAt", mail.receivedAt().toString());
            entry.put("from", mail.from());
            entry.put("to", mail.recipients());
            entry.put("subject", mail.subject());
            entry.put("body", mail.body());
            entry.put("bodyIsHtml", mail.bodyIsHtml());
            list.add(entry);
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(list);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the message list as JSON", e);
        }
    }

    private static String page(String title, String body) {
        return page(title, body, "");
    }

    private static String page(String title, String body, String extraHead) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">" + extraHead
                + "<title>" + escape(title) + " - local mail</title>\n"
                + "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
                + "td,th{border-bottom:1px solid #ddd;padding:.3em .6em;text-align:left;vertical-align:top}"
                + "pre{white-space:pre-wrap;background:#f6f6f6;padding:1em}.note{color:#666}</style>\n"
                + "</head><body>\n<h1>" + escape(title) + "</h1>\n" + body + "\n</body></html>\n";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType + "; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
