package id.ektp.devices.simulator;

/** Where the simulated scanner's fingerprint images come from. */
public interface FingerprintSource {
    /**
     * The image of one finger of a presented identity.
     *
     * @param identity the synthetic identity presenting the finger (a seed string such as a NIK)
     * @param position ISO finger position 1-10
     * @param attempt 1 for the identity's first capture of this finger, 2 for the next, ...: each attempt is another
     *                impression of the same finger
     */
    GreyImage fingerprint(String identity, int position, int attempt);
}
