package io.skillify.run.application.port.in;

import java.time.Duration;

/** Starts and stops this instance's share of the run engine (the application's lifecycle drives it). */
public interface RunEngineControl {

    void start();

    /** Stops claiming runs and waits up to {@code grace} for the ones in progress; the others' leases expire. */
    void stop(Duration grace) throws InterruptedException;

    /** How many runs this instance is advancing right now (waiting runs are not among them: they hold nothing). */
    int runsInProgress();
}
