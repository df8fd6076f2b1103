package io.commentmod.localstack;

import java.net.URI;

/**
 * One process of a service started by {@link LocalStack}: the first instance of each service is named after its
 * module ({@code moderation-service}), further ones ({@link LocalStack#addInstance}) after the module and a number
 * ({@code moderation-service-2}). Its log is {@code <data-dir>/logs/<name>.log}.
 */
public record ServiceInstance(Service service, String name, int port) {

    /** The instance's HTTP base address, e.g. {@code http://127.0.0.1:8081}. */
    public URI uri() {
        return URI.create("http://" + Ports.HOST + ":" + port);
    }
}
