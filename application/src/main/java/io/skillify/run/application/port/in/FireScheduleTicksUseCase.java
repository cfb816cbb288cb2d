package io.skillify.run.application.port.in;

/** Starts one run for every schedule tick that has come and that no instance has started yet. */
public interface FireScheduleTicksUseCase {

    void fireDueTicks();
}
