package id.ektp.devices.simulator;

import id.ektp.devices.protocol.DeviceProblem;

/** Ends a request with a problem answer. */
final class ProblemException extends RuntimeException {
    private final transient DeviceProblem problem;

    ProblemException(int status, String errorCode, String title, String detail) {
        super(detail);
        this.problem = DeviceProblem.of(status, errorCode, title, detail);
    }

    DeviceProblem problem() {
        return problem;
    }
}
