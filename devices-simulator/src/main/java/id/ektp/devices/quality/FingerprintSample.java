package id.ektp.devices.quality;

import com.machinezoo.sourceafis.FingerprintTemplate;

/** One image of an evaluation set, reduced to what matching needs: which finger it is and its template. */
record FingerprintSample(String finger, int impression, FingerprintTemplate template, int minutiae) {

    FingerprintSample(String finger, int impression, FingerprintTemplate template) {
        this(finger, impression, template, TemplateExtraction.minutiae(template));
    }
}
