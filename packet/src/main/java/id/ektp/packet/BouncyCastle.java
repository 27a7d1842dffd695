package id.ektp.packet;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

import java.security.Provider;

/** One BouncyCastle provider instance, passed explicitly so the JVM's provider list is left as it is. */
final class BouncyCastle {

    static final Provider PROVIDER = new BouncyCastleProvider();

    private BouncyCastle() {
    }
}
