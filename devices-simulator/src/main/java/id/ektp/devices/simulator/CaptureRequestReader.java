package id.ektp.devices.simulator;

import id.ektp.devices.protocol.CaptureRequest;
import id.ektp.devices.protocol.DeviceProblem;
import id.ektp.devices.protocol.DeviceProtocol;
import id.ektp.devices.protocol.DeviceType;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;

/** Reads and checks a capture request against what a device of a type can capture (400 INVALID_REQUEST if not). */
final class CaptureRequestReader {
    private CaptureRequestReader() {
    }

    static CaptureRequest read(DeviceType type, InputStream body) {
        CaptureRequest request;
        try {
            request = DeviceProtocol.json().readValue(body, CaptureRequest.class);
        } catch (IOException e) {
            throw invalid("Capture request is not valid JSON: " + e.getMessage());
        }
        if (request == null || request.transactionId() == null || request.transactionId().isBlank()) {
            throw invalid("transactionId is required");
        }
        if (request.timeoutMs() < 1 || request.timeoutMs() > CaptureRequest.MAX_TIMEOUT_MS) {
            throw invalid("timeoutMs must be 1-" + CaptureRequest.MAX_TIMEOUT_MS + ", was " + request.timeoutMs());
        }
        if (request.format() != null && !"PNG".equals(request.format())) {
            throw invalid("Unsupported image format " + request.format() + "; this device offers PNG");
        }
        List<Integer> positions = request.positions() == null ? List.of() : request.positions();
        if (new HashSet<>(positions).size() != positions.size()) {
            throw invalid("positions contains duplicates: " + positions);
        }
        switch (type) {
            case FINGERPRINT -> {
                if (positions.isEmpty() || positions.stream().anyMatch(p -> p == null || p < 1 || p > 10)) {
                    throw invalid("A fingerprint capture needs ISO finger positions 1-10, got " + positions);
                }
            }
            case IRIS -> {
                if (positions.isEmpty() || positions.stream().anyMatch(p -> p == null || p < 1 || p > 2)) {
                    throw invalid("An iris capture needs eye positions 1 (right) and/or 2 (left), got " + positions);
                }
            }
            case FACE, SIGNATURE -> {
                if (!positions.isEmpty()) {
                    throw invalid(type + " capture takes no positions, got " + positions);
                }
            }
        }
        return new CaptureRequest(request.transactionId(), request.timeoutMs(), positions, "PNG");
    }

    static ProblemException invalid(String detail) {
        return new ProblemException(400, DeviceProblem.INVALID_REQUEST, "Invalid capture request", detail);
    }

}
