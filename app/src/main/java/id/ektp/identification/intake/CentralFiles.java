package id.ektp.identification.intake;

import id.ektp.platform.startup.DataFolders;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where central keeps its keys: {@code ektp.central.dir}, by default {@code central/} beside the embedded
 * database's data folder. Outside the database, like the audit key: a copy of the database opens no
 * packet and issues no station certificate.
 */
@Component
@OnCentral
class CentralFiles {

    private final Path folder;
    private final Path stationFolder;

    CentralFiles(DataFolders folders, @Value("${ektp.central.dir:}") String configured,
            @Value("${ektp.station.dir:}") String stationDir) {
        this.folder = folders.folder(configured, "central");
        this.stationFolder = folders.folder(stationDir, "station");
    }

    /** The station CA's private key (EC P-256), owner-only. */
    Path stationCaKey() {
        return folder.resolve("station-ca.key");
    }

    Path stationCaCertificate() {
        return folder.resolve("station-ca.crt");
    }

    /** Central's encryption key (RSA): the packets are encrypted for its certificate. */
    Path encryptionKey() {
        return folder.resolve("central.key");
    }

    Path encryptionCertificate() {
        return folder.resolve("central.crt");
    }

    /** The AES key that encrypts the opened packets in the database. */
    Path packetKey() {
        return folder.resolve("packets.kek");
    }

    /** The AES key that seals the gallery folder's files at rest ({@code ektp.gallery.dir}). */
    Path galleryKey() {
        return folder.resolve("gallery.key");
    }

    /**
     * The embedded process only: where central leaves its own station's one-time code for the service point
     * of the same process, which enrols with it over HTTP like any station and then deletes it.
     */
    Path localStationCode() {
        return stationFolder.resolve("enrolment.code");
    }
}
