package id.ektp.accounts.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ektp.accounts.AccountsTestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** The key file: made owner-only, refused when exposed, and a wrong or missing one named at verification. */
class AuditKeyTest extends AccountsTestSupport {

    @Autowired
    AuditLog log;

    @Autowired
    AuditFiles files;

    @Autowired
    DataSource dataSource;

    @TempDir
    Path elsewhere;

    @BeforeEach
    void aKeyedEntry() {
        log.record("tester", "NONE", "READ", "RESIDENT", "3273010101900020", "");
    }

    @Test
    void theKeyIsCreatedOwnerOnlyWithTwoHundredFiftySixRandomBits() throws Exception {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(files.keyFile()))).isEqualTo("rw-------");
        assertThat(Base64.getDecoder().decode(Files.readString(files.keyFile()).trim())).hasSize(32);
        assertThat(files.anchorFile().getParent()).isEqualTo(files.keyFile().getParent());
    }

    @Test
    void aKeyFileReadableByOthersIsRefusedWithTheCommandThatFixesIt() throws Exception {
        Path exposed = elsewhere.resolve("audit.key");
        AuditKeyFile.create(exposed);
        Files.setPosixFilePermissions(exposed, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> AuditKeyFile.read(exposed))
                .isInstanceOf(AuditKeyException.class)
                .hasMessageContaining("readable by users other than its owner")
                .hasMessageContaining("chmod 600 " + exposed);
        // The application refuses to start on it (verify-audit reports it instead).
        assertThatThrownBy(() -> startup(exposed, "").afterSingletonsInstantiated())
                .hasMessageContaining("readable by users other than its owner");
    }

    @Test
    void verificationWithAnotherKeyFileSaysWrongKey() {
        Path other = elsewhere.resolve("other.key");
        AuditKeys otherKey = AuditKeys.of(AuditKeyFile.create(other));
        AuditVerification result = verifier(otherKey).verify();
        assertThat(result.intact()).as(result.describe()).isFalse();
        assertThat(result.reason()).contains("wrong key file").contains(other.toString());

        assertThatThrownBy(() -> startup(other, "").afterSingletonsInstantiated())
                .hasMessageContaining("wrong key file");
    }

    @Test
    void verificationWithoutTheKeyFileSaysItIsMissingAndWhatToRestore() {
        Path missing = elsewhere.resolve("missing.key");
        AuditKeys keys = new AuditKeys();
        startup(missing, VerifyAuditCommand.NAME, keys).afterSingletonsInstantiated();
        AuditVerification result = verifier(keys).verify();
        assertThat(result.intact()).as(result.describe()).isFalse();
        assertThat(result.reason()).contains(missing + " is missing").contains("restore");
        assertThat(Files.exists(missing)).as("verify-audit never makes a key").isFalse();

        // Nor does a normal start when the chain is already keyed: a new key could verify nothing.
        assertThatThrownBy(() -> startup(missing, "").afterSingletonsInstantiated())
                .hasMessageContaining("is missing").hasMessageContaining("restore");
        assertThat(Files.exists(missing)).isFalse();
    }

    @Test
    void anAnchorFileMissingOrForgedIsReportedAndRefusedAtStart() throws Exception {
        Path missingAnchor = elsewhere.resolve("audit.anchor");
        AuditKeys keys = AuditKeys.of(AuditKeyFile.read(files.keyFile()));
        AuditVerification missing = new AuditVerifier(dataSource, keys, new AuditAnchor(missingAnchor, keys)).verify();
        assertThat(missing.intact()).as(missing.describe()).isFalse();
        assertThat(missing.reason()).contains(missingAnchor + " is missing");
        AuditFiles located = new AuditFiles(files.keyFile().toString(), missingAnchor.toString(), "");
        assertThatThrownBy(() -> new AuditStartup(located, new AuditKeys(), new AuditAnchor(located, keys), jdbc, "")
                .afterSingletonsInstantiated())
                .hasMessageContaining("anchor file " + missingAnchor + " is missing").hasMessageContaining("restore");

        // A forger without the key can write the format, not the MAC.
        Files.writeString(missingAnchor, Files.readString(files.anchorFile()).replaceFirst("seq \\d+", "seq 1"));
        AuditVerification forged = new AuditVerifier(dataSource, keys, new AuditAnchor(missingAnchor, keys)).verify();
        assertThat(forged.intact()).as(forged.describe()).isFalse();
        assertThat(forged.reason()).contains("does not match the audit key");
    }

    private AuditVerifier verifier(AuditKeys keys) {
        return new AuditVerifier(dataSource, keys, new AuditAnchor(files.anchorFile(), keys));
    }

    private AuditStartup startup(Path keyFile, String command) {
        return startup(keyFile, command, new AuditKeys());
    }

    private AuditStartup startup(Path keyFile, String command, AuditKeys keys) {
        AuditFiles located = new AuditFiles(keyFile.toString(), files.anchorFile().toString(), "");
        return new AuditStartup(located, keys, new AuditAnchor(located, keys), jdbc, command);
    }
}
