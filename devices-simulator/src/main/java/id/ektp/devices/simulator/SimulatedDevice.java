package id.ektp.devices.simulator;

import id.ektp.devices.protocol.DeviceType;
import java.util.concurrent.atomic.AtomicBoolean;

/** One simulated device: its identity, type and key, and whether it is busy with a capture. */
final class SimulatedDevice {
    private final String deviceId;
    private final DeviceType type;
    private final String model;
    private final String serial;
    private final DeviceCredentials credentials;
    private final AtomicBoolean busy = new AtomicBoolean();

    SimulatedDevice(String deviceId, DeviceType type, String model, String serial, DeviceCredentials credentials) {
        this.deviceId = deviceId;
        this.type = type;
        this.model = model;
        this.serial = serial;
        this.credentials = credentials;
    }

    String deviceId() {
        return deviceId;
    }

    DeviceType type() {
        return type;
    }

    String model() {
        return model;
    }

    String serial() {
        return serial;
    }

    DeviceCredentials credentials() {
        return credentials;
    }

    boolean tryAcquire() {
        return busy.compareAndSet(false, true);
    }

    void release() {
        busy.set(false);
    }

    boolean isBusy() {
        return busy.get();
    }
}
