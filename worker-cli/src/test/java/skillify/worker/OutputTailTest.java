package skillify.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OutputTailTest {

    @Test
    void keepsEverythingUnderTheCap() {
        OutputTail tail = new OutputTail(16);
        write(tail, "hello\n");
        write(tail, "world\n");

        assertThat(tail.toString()).isEqualTo("hello\nworld\n");
    }

    @Test
    void keepsOnlyTheLastBytesOverTheCap() {
        OutputTail tail = new OutputTail(8);
        write(tail, "0123456");
        write(tail, "789ab");

        assertThat(tail.toString()).isEqualTo("456789ab");
    }

    @Test
    void aSingleWriteLargerThanTheCapKeepsItsEnd() {
        OutputTail tail = new OutputTail(4);
        write(tail, "abcdefgh");

        assertThat(tail.toString()).isEqualTo("efgh");
    }

    @Test
    void dropsACharacterTheCapCutInHalf() {
        OutputTail tail = new OutputTail(4);
        write(tail, "aé€"); // 1 + 2 + 3 bytes: the cap keeps the last byte of é and all of €

        assertThat(tail.toString()).isEqualTo("€");
    }

    @Test
    void theDefaultCapIs64KiB() {
        OutputTail tail = new OutputTail(OutputTail.DEFAULT_CAPACITY);
        for (int i = 0; i < 100; i++) {
            write(tail, "x".repeat(1024));
        }

        assertThat(tail.toString()).hasSize(64 * 1024);
    }

    @Test
    void theLastLineIsTheLastThatIsNotBlank() {
        OutputTail tail = new OutputTail(1024);
        assertThat(tail.lastLine()).isEmpty();

        write(tail, "step 1\nstep 2  \n\n");
        assertThat(tail.lastLine()).isEqualTo("step 2");

        write(tail, "y".repeat(300));
        assertThat(tail.lastLine()).hasSize(200).endsWith("…");
    }

    private static void write(OutputTail tail, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        tail.append(bytes, 0, bytes.length);
    }
}
