package skillify.worker;

import tools.jackson.databind.node.ObjectNode;

/** How a task's command ended; {@code stdout} and {@code stderr} are tails of the output. */
record ProcessResult(int exitCode, String stdout, String stderr) {

    /** The {@code output} a worker reports for its task. */
    ObjectNode toOutput() {
        ObjectNode output = WorkerApi.newBody();
        output.put("exitCode", exitCode);
        output.put("stdout", stdout);
        output.put("stderr", stderr);
        return output;
    }
}
