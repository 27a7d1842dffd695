package id.ektp.enrollment.capture;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Where the service point's capture devices answer (the EDS 1.0 device service on the station's loopback)
 * and which device providers' certification authorities it trusts.
 */
interface DeviceService {

    URI url();

    List<X509Certificate> trustedProviders();

    /**
     * Who stands at the devices now. Real devices capture whoever is there and ignore this; the simulator
     * is told, so that it presents that resident's own synthetic fingers.
     */
    default void present(String nik) {
    }
}
