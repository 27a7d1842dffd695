package id.ektp.devices.simulator;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;

/** A device's signing key and its certificate. */
public record DeviceCredentials(PrivateKey privateKey, X509Certificate certificate) {
}
