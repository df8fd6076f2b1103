package io.commentmod.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceJvmOptionsTest {

    @Test
    void servicesGetSmallHeapsAndTheQuickJitUnlessTheOptionsAreReplaced() {
        assertThat(ServiceProcesses.jvmOptions(null)).containsExactly("-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC");
        assertThat(ServiceProcesses.jvmOptions("  ")).isEqualTo(ServiceProcesses.DEFAULT_JVM_OPTIONS);
    }

    @Test
    void replacedOptionsAreSplitOnWhitespace() {
        assertThat(ServiceProcesses.jvmOptions(" -Xmx512m   -XX:+UseParallelGC ")).containsExactly("-Xmx512m",
                "-XX:+UseParallelGC");
    }

    @Test
    void oneServiceCanHaveOptionsOfItsOwn() {
        Map<String, String> environment = Map.of("COMMENTMOD_SERVICE_JVM_OPTIONS", "-Xmx200m",
                "COMMENTMOD_COMMENT_SERVICE_JVM_OPTIONS", "-Xmx256m -XX:+UseSerialGC");
        assertThat(ServiceProcesses.jvmOptions(Service.COMMENT, environment)).containsExactly("-Xmx256m",
                "-XX:+UseSerialGC");
        assertThat(ServiceProcesses.jvmOptions(Service.MODERATION, environment)).containsExactly("-Xmx200m");
        assertThat(ServiceProcesses.jvmOptions(Service.DEMO_SITE, Map.of()))
                .isEqualTo(ServiceProcesses.DEFAULT_JVM_OPTIONS);
    }
}
