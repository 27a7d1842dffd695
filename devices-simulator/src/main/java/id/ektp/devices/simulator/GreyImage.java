package id.ektp.devices.simulator;

import java.awt.image.BufferedImage;

/** An 8-bit grey image at a resolution, as a fingerprint source delivers it. */
public record GreyImage(byte[] pixels, int width, int height, int dpi) {

    public BufferedImage toImage() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        image.getRaster().setDataElements(0, 0, width, height, pixels);
        return image;
    }

    static GreyImage of(BufferedImage image, int dpi) {
        BufferedImage grey = image;
        if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            grey.getGraphics().drawImage(image, 0, 0, null);
        }
        byte[] pixels = new byte[grey.getWidth() * grey.getHeight()];
        grey.getRaster().getDataElements(0, 0, grey.getWidth(), grey.getHeight(), pixels);
        return new GreyImage(pixels, grey.getWidth(), grey.getHeight(), dpi);
    }
}
