import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Stands in for a service's exec jar in ServiceLaunchTest: prints what it was started with, then either exits,
 * or serves /actuator/health as UP or DOWN. The behaviour comes from the "mode" resource packed into its jar.
 */
public class FakeService {
    public static void main(String[] args) throws Exception {
        String mode;
        try (InputStream in = FakeService.class.getResourceAsStream("/mode")) {
            mode = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
        System.out.println("pid=" + ProcessHandle.current().pid());
        int port = -1;
        for (String arg : args) {
            System.out.println("arg " + arg);
            if (arg.startsWith("--server.port=")) {
                port = Integer.parseInt(arg.substring("--server.port=".length()));
            }
        }
        System.out.println("env MONGODB_URI=" + System.getenv("MONGODB_URI"));
        System.out.println("env COMMENT_SERVICE_URL=" + System.getenv("COMMENT_SERVICE_URL"));
        System.out.println("env SITE_API_KEY=" + System.getenv("SITE_API_KEY"));
        if (mode.equals("exit")) {
            System.out.println("boom: cannot reach the database");
            System.exit(3);
        }
        boolean up = mode.equals("up");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/actuator/health", exchange -> {
            byte[] body = ("{\"status\":\"" + (up ? "UP" : "DOWN") + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(up ? 200 : 503, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }
}
