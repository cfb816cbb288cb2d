package archfixtures.sleeps;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A slow test target as it may be written: it answers late, yet at once when the test stops it. */
public final class PatientPoll {

    private final CountDownLatch stopping = new CountDownLatch(1);

    public boolean answerLate() throws InterruptedException {
        return stopping.await(1, TimeUnit.SECONDS);
    }

    public void stop() {
        stopping.countDown();
    }
}
