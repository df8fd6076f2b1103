package io.commentmod.kit.health;

import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.kafka.core.KafkaAdmin;

/** UP when the brokers answer a describe-cluster request within two seconds. */
public class KafkaClusterHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

    private static final int TIMEOUT_MS = 2000;

    private final KafkaAdmin admin;
    private volatile AdminClient client;

    public KafkaClusterHealthIndicator(KafkaAdmin admin) {
        super("Kafka health check failed");
        this.admin = admin;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        DescribeClusterResult cluster = client().describeCluster(new DescribeClusterOptions().timeoutMs(TIMEOUT_MS));
        int nodes = cluster.nodes().get(TIMEOUT_MS, TimeUnit.MILLISECONDS).size();
        String clusterId = cluster.clusterId().get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        builder.up().withDetail("clusterId", clusterId).withDetail("nodes", nodes);
    }

    private AdminClient client() {
        AdminClient current = client;
        if (current == null) {
            synchronized (this) {
                if (client == null) {
                    var config = new java.util.HashMap<>(admin.getConfigurationProperties());
                    config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
                    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
                    client = AdminClient.create(config);
                }
                current = client;
            }
        }
        return current;
    }

    @Override
    public void destroy() {
        AdminClient current = client;
        if (current != null) {
            current.close();
        }
    }
}
