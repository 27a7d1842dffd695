package id.ektp.packet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;

/**
 * The packet's JSON form. Dates are ISO-8601 text and biometric bytes base64, so the signed content reads
 * as it is once opened with openssl. Unknown fields are refused: a packet from a newer service point must
 * say so by its {@code formatVersion}, not slip fields past an older central.
 */
public final class PacketJson {

    /** Version 1: the fields of {@link EnrolmentPacket} as of this release. */
    public static final int CURRENT_VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private PacketJson() {
    }

    public static byte[] write(EnrolmentPacket packet) {
        try {
            return MAPPER.writeValueAsBytes(packet);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an enrolment packet always serialises", e);
        }
    }

    public static EnrolmentPacket read(byte[] json) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new PacketException(PacketException.Reason.MALFORMED, "not JSON: " + e.getMessage(), e);
        }
        JsonNode version = tree == null ? null : tree.get("formatVersion");
        if (version == null || !version.isInt()) {
            throw new PacketException(PacketException.Reason.MALFORMED, "no formatVersion");
        }
        if (version.intValue() != CURRENT_VERSION) {
            throw new PacketException(PacketException.Reason.UNSUPPORTED_VERSION,
                    "formatVersion " + version.intValue() + " is not read here (reads " + CURRENT_VERSION + ")");
        }
        try {
            return MAPPER.treeToValue(tree, EnrolmentPacket.class);
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            throw new PacketException(PacketException.Reason.MALFORMED, "not an enrolment packet: " + e.getMessage(), e);
        }
    }
}
