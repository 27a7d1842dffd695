package id.ektp.devices.protocol;

/**
 * One captured biometric.
 *
 * @param position the requested position (finger 1-10, eye 1-2, 0 for face and signature)
 * @param quality 0 (unusable) to 100, computed by the device
 * @param image base64 of the encoded image
 */
public record CapturedItem(int position, String format, int dpi, int width, int height, int quality, String image) {
}
