package id.ektp.devices.simulator;

import id.ektp.devices.synthetic.MasterFinger;
import id.ektp.devices.synthetic.ScannerFormat;
import id.ektp.devices.synthetic.SyntheticFingerprint;
import id.ektp.devices.synthetic.SyntheticFingerprintGenerator;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Synthetic fingers: the master of finger {@code p} of identity {@code id} is {@code "id/p"}, so a demo resident always
 * has the same ten fingers, and every capture attempt is a new impression of them.
 */
public final class SyntheticFingerprintSource implements FingerprintSource {
    private static final int CACHED_MASTERS = 64;

    private final SyntheticFingerprintGenerator generator = new SyntheticFingerprintGenerator();
    private final ScannerFormat format;
    // Growing a master is the expensive step; a resident's ten fingers are asked for again and again.
    private final Map<String, MasterFinger> masters = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, MasterFinger> eldest) {
                    return size() > CACHED_MASTERS;
                }
            });

    public SyntheticFingerprintSource(ScannerFormat format) {
        this.format = format;
    }

    public static String masterId(String identity, int position) {
        return identity + "/" + position;
    }

    @Override
    public GreyImage fingerprint(String identity, int position, int attempt) {
        String id = masterId(identity, position);
        MasterFinger master = masters.get(id);
        if (master == null) {
            master = generator.master(id);
            masters.put(id, master);
        }
        SyntheticFingerprint print = generator.impression(master, attempt, format);
        return new GreyImage(print.pixels(), print.width(), print.height(), print.dpi());
    }
}
