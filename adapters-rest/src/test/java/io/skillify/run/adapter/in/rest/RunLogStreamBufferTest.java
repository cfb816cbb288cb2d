package io.skillify.run.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.run.domain.view.RunEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** A stream's buffer is bounded: a client that cannot keep up is cut (and resumes), never followed without limit. */
class RunLogStreamBufferTest {

    private final AtomicInteger slotsGivenBack = new AtomicInteger();
    private final List<RunLogStream> left = new ArrayList<>();

    private RunLogStream stream(long afterSeq, int buffer) {
        return new RunLogStream(new SseEmitter(0L), slotsGivenBack::incrementAndGet, afterSeq,
                Duration.ofHours(1).toNanos(), buffer, left::add, () -> { });
    }

    private static List<RunEvent> entries(long from, long to) {
        return LongStream.rangeClosed(from, to)
                .mapToObj(seq -> new RunEvent(seq, "log", Instant.now(), "info", "n", "line " + seq)).toList();
    }

    @Test
    void aStreamWhoseBufferOverflowsIsClosedAndGivesBackItsSlotOnce() {
        RunLogStream slow = stream(0, 3);

        boolean kept = slow.take(entries(1, 5), false);

        assertThat(kept).isFalse();
        assertThat(slow.isClosed()).isTrue();
        assertThat(slotsGivenBack).hasValue(1);
        assertThat(left).containsExactly(slow);
        slow.release();
        assertThat(slotsGivenBack).as("released once, however often it ends").hasValue(1);
    }

    @Test
    void aStreamTakesOnlyTheEntriesAfterTheLastItWasHanded() {
        RunLogStream resumed = stream(2, 3);

        assertThat(resumed.take(entries(1, 5), false)).as("entries 1 and 2 were sent before the resume").isTrue();
        assertThat(resumed.lastQueued()).isEqualTo(5);
        assertThat(resumed.take(entries(1, 5), false)).as("a second read of the same entries adds nothing").isTrue();
        assertThat(resumed.isClosed()).isFalse();
    }
}
