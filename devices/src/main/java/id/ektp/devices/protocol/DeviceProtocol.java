package id.ektp.devices.protocol;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** Constants and the JSON mapping shared by devices and clients. */
public final class DeviceProtocol {
    public static final String SPEC_VERSION = "1.0";
    public static final String SIGNATURE_ALGORITHM = "ES256";
    public static final String JWS_TYPE = "eds-capture+jws";
    public static final String JSON = "application/json";
    public static final String PROBLEM_JSON = "application/problem+json";
    public static final int DEFAULT_PORT = 4501;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            // Devices may add fields in later minor versions; a client must still read the ones it knows.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private DeviceProtocol() {
    }

    public static ObjectMapper json() {
        return MAPPER;
    }
}
