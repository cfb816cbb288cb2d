package archfixtures.sleeps;

/** A test helper as it must not be written: it waits for "eventually" by sleeping. */
public final class SleepyPoll {

    private SleepyPoll() {
    }

    public static void until(java.util.function.BooleanSupplier condition) throws InterruptedException {
        while (!condition.getAsBoolean()) {
            Thread.sleep(100);
        }
    }
}
