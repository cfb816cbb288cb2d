package skillify.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void readsNumbersWithUnits() {
        assertThat(Durations.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(Durations.parse("5s")).isEqualTo(Duration.ofSeconds(5));
        assertThat(Durations.parse(" 2m ")).isEqualTo(Duration.ofMinutes(2));
        assertThat(Durations.parse("1h")).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void readsIso8601() {
        assertThat(Durations.parse("PT5S")).isEqualTo(Duration.ofSeconds(5));
        assertThat(Durations.parse("pt0.25s")).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void refusesWhatIsNotADuration() {
        for (String text : new String[] {"5", "5 s", "-5s", "1.5s", "fast", "PTx", ""}) {
            assertThatIllegalArgumentException().isThrownBy(() -> Durations.parse(text))
                    .withMessageContaining("is not a duration");
        }
    }

    @Test
    void writesTheShortestExactForm() {
        assertThat(Durations.format(Duration.ofMillis(1500))).isEqualTo("1500ms");
        assertThat(Durations.format(Duration.ofSeconds(30))).isEqualTo("30s");
        assertThat(Durations.format(Duration.ofSeconds(120))).isEqualTo("2m");
        assertThat(Durations.format(Duration.ofHours(2))).isEqualTo("2h");
    }
}
