package io.commentmod.localstack;

import static org.assertj.core.api.Assertions.assertThat;

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
}
