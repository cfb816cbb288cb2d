package skillify.worker;

import java.io.IOException;

/** The server answered with a status this worker did not expect. */
final class ApiException extends IOException {

    private final int status;

    ApiException(String request, int status, String error) {
        super(request + " answered " + status + (error.isEmpty() ? "" : ": " + error));
        this.status = status;
    }

    int status() {
        return status;
    }

    /** Worth trying again later: the server is struggling, not refusing. */
    boolean isTransient() {
        return status >= 500 || status == 408 || status == 429;
    }
}
