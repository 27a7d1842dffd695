package id.ektp.platform.startup;

import java.util.Arrays;
import java.util.Locale;

/**
 * Which side of the flow a process plays ({@code ektp.role}): a kecamatan's service point, the central
 * data centre, or both in one process (the embedded default), where the two still talk over HTTP
 * through the same code path as in production. Each side's transport beans are conditional on it.
 */
public enum ProcessRole {
    EMBEDDED("embedded"),
    SERVICE_POINT("service-point"),
    CENTRAL("central");

    /** The property, and the SpEL that its sides' conditions test. */
    public static final String PROPERTY = "ektp.role";
    public static final String RUNS_SERVICE_POINT = "!'${ektp.role:embedded}'.trim().equalsIgnoreCase('central')";
    public static final String RUNS_CENTRAL = "!'${ektp.role:embedded}'.trim().equalsIgnoreCase('service-point')";

    private final String value;

    ProcessRole(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public boolean runsServicePoint() {
        return this != CENTRAL;
    }

    public boolean runsCentral() {
        return this != SERVICE_POINT;
    }

    /** The role named by the property; a misspelt one stops the start instead of silently running both sides. */
    public static ProcessRole of(String configured) {
        String name = configured == null || configured.isBlank() ? "embedded" : configured.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.value.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException(PROPERTY + " must be embedded, service-point or central, not '" + configured + "'"));
    }
}
