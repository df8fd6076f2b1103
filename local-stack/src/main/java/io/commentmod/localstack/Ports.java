package io.commentmod.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Port checks, so a clash is reported by name before anything starts rather than as a bind error deep in Kafka. */
final class Ports {

    static final String HOST = "127.0.0.1";

    private Ports() {
    }

    static void requireFree(Map<String, Integer> portsByName) {
        List<String> taken = new ArrayList<>();
        for (Map.Entry<String, Integer> port : portsByName.entrySet()) {
            if (!isFree(port.getValue())) {
                taken.add(String.format("%-6d %-22s choose another with %s=<port>", port.getValue(),
                        "(" + port.getKey() + ")", LocalStackOptions.flagFor(port.getKey())));
            }
        }
        if (!taken.isEmpty()) {
            throw new LocalStackException("Cannot start: " + (taken.size() == 1 ? "this port" : "these ports")
                    + " on " + HOST + " " + (taken.size() == 1 ? "is" : "are") + " already in use:\n  "
                    + String.join("\n  ", taken)
                    + "\nIs another local stack running? `ss -ltnp` shows who listens where.");
        }
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // SO_REUSEADDR as our servers bind: connections lingering in TIME_WAIT after a restart must not
            // count as "in use", only a socket somebody is listening on
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Distinct ports that are free right now; the sockets stay open until all are picked so none repeats. */
    static int[] freePorts(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST));
                sockets.add(socket);
                ports[i] = socket.getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException("could not find free ports", e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // only probing
                }
            }
        }
    }
}
