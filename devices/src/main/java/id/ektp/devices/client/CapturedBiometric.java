package id.ektp.devices.client;

/** One verified captured image: its position, the device's quality score and the PNG bytes. */
public record CapturedBiometric(int position, int quality, int dpi, int width, int height, byte[] png) {
}
