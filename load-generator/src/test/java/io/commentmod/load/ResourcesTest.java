package io.commentmod.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ResourcesTest {

    @Test
    void heap_after_gc_adds_the_generations_of_a_serial_heap_and_leaves_metaspace_out() {
        String info = """
                12345:
                 def new generation   total 9792K, used 1024K [0x00000000f0000000, 0x00000000f0aa0000)
                  eden space 8704K,  11% used [0x00000000f0000000, 0x00000000f0100000)
                 tenured generation   total 21888K, used 20000K [0x00000000f5550000, 0x00000000f6ab0000)
                 Metaspace       used 70000K, committed 71000K, reserved 1114112K
                  class space    used 9000K, committed 9500K, reserved 1048576K
                """;

        assertThat(Resources.parseHeapUsedKb(info)).contains(21_024L);
    }

    @Test
    void heap_after_gc_reads_the_one_line_of_a_g1_heap() {
        assertThat(Resources.parseHeapUsedKb(" garbage-first heap   total 262144K, used 48123K [0x0)\n"))
                .contains(48_123L);
        assertThat(Resources.parseHeapUsedKb("Could not attach")).isEmpty();
    }

    @Test
    void machine_cpu_counts_everything_but_idle_and_iowait_as_busy() {
        long[] jiffies = Resources.parseCpuLine("cpu  100 5 50 800 40 3 2 0 0 0");

        assertThat(jiffies).containsExactly(160, 1000);
    }

    @Test
    void cpu_percent_of_a_process_is_cpu_time_over_wall_time() {
        Resources.Snapshot a = new Resources.Snapshot(0, Map.of(1L, 0L), 0, 0);
        Resources.Snapshot b = new Resources.Snapshot(2_000_000_000L, Map.of(1L, 3_000_000_000L), 0, 0);

        assertThat(Resources.cpuPercent(a, b, 1)).isEqualTo(150.0);
        assertThat(Resources.cpuPercent(a, b, 2)).isEqualTo(-1.0);
    }

    @Test
    void prometheus_heap_sums_the_heap_pools_only() {
        String page = """
                # TYPE jvm_memory_used_bytes gauge
                jvm_memory_used_bytes{application="c",area="heap",id="eden space"} 1000.0
                jvm_memory_used_bytes{application="c",area="heap",id="tenured gen"} 2.5E3
                jvm_memory_used_bytes{application="c",area="nonheap",id="Metaspace"} 99999.0
                """;

        assertThat(LoadGenerator.sumHeapBytes(page)).isEqualTo(3500.0);
    }

    @Test
    void the_launcher_is_found_by_the_socket_listening_on_its_port() {
        List<String> table = List.of(
                "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode",
                "   0: 0100007F:1F91 0100007F:A1B2 01 00000000:00000000 00:00000000 00000000     0        0 111 1",
                "   1: 0100007F:1F59 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 4242 1",
                "   2: 0100007F:1F91 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 777 1");

        assertThat(Resources.parseListeningInode(table, 8081)).contains("777");
        assertThat(Resources.parseListeningInode(table, 8025)).contains("4242");
        assertThat(Resources.parseListeningInode(table, 9092)).isEmpty();
    }

    @Test
    void cpu_per_operation_leaves_out_what_each_process_spends_when_idle() {
        List<Resources.Proc> procs = List.of(new Resources.Proc("local-stack", 1), new Resources.Proc("gen", 2));
        Resources.Snapshot from = new Resources.Snapshot(0, Map.of(1L, 0L, 2L, 0L), 0, 0);
        Resources.Snapshot to = new Resources.Snapshot(1_000_000_000L, Map.of(1L, 600_000_000L, 2L, 100_000_000L),
                0, 0);

        // one second: the server used 600 ms of which 200 ms idle share, for 100 operations; the client had none idle
        assertThat(Resources.cpuMillisPerOperation(procs, from, to, 100, Map.of(1L, 0.2)))
                .containsEntry("local-stack", 4.0).containsEntry("gen", 1.0);
        assertThat(Resources.cpuMillisPerOperation(procs, from, to, 100, Map.of())).containsEntry("local-stack", 6.0);
    }
}
