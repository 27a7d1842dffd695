package id.ektp.devices.client;

import id.ektp.devices.protocol.DeviceProblem;

/** The device reported an error (unknown device, invalid request, busy, capture failure). */
public class DeviceErrorException extends DeviceException {
    private final transient DeviceProblem problem;

    public DeviceErrorException(DeviceProblem problem) {
        super(problem.errorCode() + " (HTTP " + problem.status() + "): " + problem.title()
                + (problem.detail() == null ? "" : " - " + problem.detail()));
        this.problem = problem;
    }

    public DeviceProblem problem() {
        return problem;
    }
}
