package id.ektp.enrollment.upload;

import id.ektp.platform.startup.ProcessRole;
import java.net.URI;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Where central is: {@code ektp.central.url} ({@code EKTP_CENTRAL_URL}), which a separate service point must
 * set; the embedded default talks to itself over loopback HTTP on its own port, once that port is open.
 */
@Component
@OnServicePoint
class CentralAddress {

    private final URI configured;
    private volatile URI own;

    CentralAddress(ProcessRole role, @Value("${ektp.central.url:}") String url) {
        this.configured = url.isBlank() ? null : URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        if (configured == null && role == ProcessRole.SERVICE_POINT) {
            throw new IllegalStateException("a service point needs central's address: set ektp.central.url (EKTP_CENTRAL_URL)");
        }
    }

    @EventListener
    void serverStarted(WebServerInitializedEvent event) {
        if ("".equals(event.getApplicationContext().getServerNamespace()) || event.getApplicationContext().getServerNamespace() == null) {
            own = URI.create("http://127.0.0.1:" + event.getWebServer().getPort());
        }
    }

    /** Central's base URI, when known (the embedded process knows it once its port is open). */
    Optional<URI> base() {
        return Optional.ofNullable(configured != null ? configured : own);
    }

    URI resolve(String path) {
        return URI.create(base().orElseThrow(() -> new CentralUnreachable("central's address is not known yet (the port is not open)"))
                + path);
    }
}
