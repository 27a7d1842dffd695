package id.ektp.devices.protocol;

import java.util.List;

/** The protected header of a capture JWS: algorithm, type, and the device certificate chain (base64 DER). */
public record JwsHeader(String alg, String typ, List<String> x5c) {
}
