package skillify.worker;

import java.time.Duration;

/** Waits that double after each failure, up to a ceiling; a success starts again from the first. */
final class Backoff {

    private final Duration first;
    private final Duration ceiling;
    private Duration next;

    Backoff(Duration first, Duration ceiling) {
        this.first = first;
        this.ceiling = ceiling;
        this.next = first;
    }

    Duration next() {
        Duration current = next;
        next = next.multipliedBy(2).compareTo(ceiling) > 0 ? ceiling : next.multipliedBy(2);
        return current;
    }

    void reset() {
        next = first;
    }
}
