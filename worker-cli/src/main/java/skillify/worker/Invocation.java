package skillify.worker;

/** What the command line asks for. */
sealed interface Invocation {

    record ShowHelp() implements Invocation {
    }

    /** @param once one claim round, run what was claimed to the end, then exit */
    record RunWorker(WorkerConfig config, boolean once) implements Invocation {
    }
}
