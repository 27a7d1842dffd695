package id.ektp.accounts.audit;

import java.nio.file.Files;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads the audit key and the anchor once the schema is migrated, before anything can append. On the
 * very first start (no key file, no anchor, no keyed entry) it creates the key and anchors the chain as
 * it stands, so that entries made before the key existed are pinned as legacy. A missing, exposed or
 * wrong key, or a missing or forged anchor, stops the application with a message saying what to restore;
 * {@code verify-audit} only reads, and reports the same problems instead of stopping.
 */
@Component
class AuditStartup implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(AuditStartup.class);

    private final AuditFiles files;
    private final AuditKeys keys;
    private final AuditAnchor anchor;
    private final JdbcClient jdbc;
    private final boolean verifyOnly;

    AuditStartup(AuditFiles files, AuditKeys keys, AuditAnchor anchor, JdbcClient jdbc,
            @Value("${ektp.command:}") String command) {
        this.files = files;
        this.keys = keys;
        this.anchor = anchor;
        this.jdbc = jdbc;
        this.verifyOnly = VerifyAuditCommand.NAME.equals(command);
    }

    @Override
    public void afterSingletonsInstantiated() {
        try {
            AuditKey key = loadOrCreateKey();
            keys.use(key);
            if (!verifyOnly) {
                startAnchor(key);
            }
            log.info("Audit key {} (id {}), anchor {}", key.file(), key.id(), anchor.file());
        } catch (AuditKeyException e) {
            if (!verifyOnly) {
                throw e;
            }
            keys.markUnusable(e.getMessage());
        }
    }

    private AuditKey loadOrCreateKey() {
        Optional<String> chainKeyId = lastKeyId();
        AuditKey key;
        if (Files.exists(files.keyFile())) {
            key = AuditKeyFile.read(files.keyFile());
        } else if (chainKeyId.isPresent()) {
            throw new AuditKeyException("audit key file " + files.keyFile() + " is missing, but the audit chain is linked with key "
                    + chainKeyId.get() + ": restore that key file from its backup (a new key cannot verify the chain), "
                    + "or set ektp.audit.key-file to where it is");
        } else if (anchor.exists()) {
            throw new AuditKeyException("audit key file " + files.keyFile() + " is missing, but the anchor " + anchor.file()
                    + " exists: restore the key file from its backup");
        } else if (verifyOnly) {
            throw new AuditKeyException("audit key file " + files.keyFile() + " is missing");
        } else {
            key = AuditKeyFile.create(files.keyFile());
            log.info("Created the audit key {} (owner-only); back it up with the database", files.keyFile());
        }
        if (chainKeyId.isPresent() && !chainKeyId.get().equals(key.id())) {
            throw new AuditKeyException("audit key file " + files.keyFile() + " holds key " + key.id()
                    + ", but the audit chain is linked with key " + chainKeyId.get() + ": wrong key file");
        }
        return key;
    }

    private void startAnchor(AuditKey key) {
        Optional<AnchoredHead> anchored = anchor.read(key);
        if (anchored.isPresent()) {
            anchor.startFrom(anchored.get(), false);
            return;
        }
        if (lastKeyId().isPresent()) {
            throw new AuditKeyException("audit anchor file " + anchor.file() + " is missing, but the audit chain has keyed "
                    + "entries: restore it from its backup (it is what reveals deleted last entries)");
        }
        AuditHead head = jdbc.sql("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1")
                .query((rs, i) -> new AuditHead(rs.getLong(1), rs.getString(2)))
                .optional()
                .orElse(AuditHead.EMPTY);
        anchor.startFrom(new AnchoredHead(head.seq(), head.link(), head.seq() + 1), true);
        if (head.seq() > 0) {
            log.info("Audit chain switched to keyed links after legacy entry {}; entries up to it stay verifiable as the legacy chain",
                    head.seq());
        }
    }

    private Optional<String> lastKeyId() {
        return jdbc.sql("SELECT key_id FROM audit_entry WHERE key_id IS NOT NULL ORDER BY seq DESC LIMIT 1")
                .query(String.class)
                .optional();
    }
}
