package skillify.worker;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** The worker's log: one timestamped line per event on standard error, so standard output stays free. */
final class Log {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private Log() {
    }

    static void info(String message) {
        System.err.println(TIME.format(LocalTime.now()) + " " + message);
    }

    static void warn(String message) {
        info("WARN " + message);
    }
}
