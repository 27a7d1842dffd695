package id.ektp.afis.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemberSettingsTest {

    @TempDir
    Path folder;

    private Path secret(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text + "\n", StandardCharsets.US_ASCII);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    private List<String> complete() throws IOException {
        return new ArrayList<>(List.of("--cluster.interface=10.16.0.11", "--cluster.members=10.16.0.11:5701, 10.16.0.12:5701,10.16.0.2",
                "--member.dir=" + folder.resolve("member"), "--jdbc.url=jdbc:postgresql://10.16.0.2:5432/ektp",
                "--jdbc.user=ektp_gallery_member", "--jdbc.password-file=" + secret("pg.password", "s3cret"),
                "--gallery.key-file=" + secret("gallery.key", Base64.getEncoder().encodeToString(new byte[32]))));
    }

    @Test
    void aCompleteCommandLineGivesTheClusterSettingsWithTheDefaults() throws IOException {
        MemberSettings settings = MemberSettings.parse(complete());
        assertThat(settings.cluster().clusterName()).isEqualTo("ektp-gallery");
        assertThat(settings.cluster().port()).isEqualTo(5701);
        assertThat(settings.cluster().partitionCount()).isEqualTo(271);
        assertThat(settings.cluster().members()).containsExactly("10.16.0.11:5701", "10.16.0.12:5701", "10.16.0.2");
        assertThat(settings.password()).isEqualTo("s3cret");
        assertThat(settings.toString()).doesNotContain("s3cret");
    }

    @Test
    void argumentsWinOverTheConfigFileWhichMayHoldThePasswordWhenOwnerOnly() throws IOException {
        Path config = secret("member.properties", "cluster.interface=10.16.0.11\ncluster.members=10.16.0.11\ncluster.port=5801\n"
                + "member.dir=" + folder.resolve("m") + "\njdbc.url=jdbc:postgresql://db:5432/ektp\njdbc.user=member\njdbc.password=pw\n"
                + "gallery.key-file=" + secret("gallery.key", Base64.getEncoder().encodeToString(new byte[32])) + "\n");
        MemberSettings settings = MemberSettings.parse(List.of("--config=" + config, "--cluster.port=5802"));
        assertThat(settings.cluster().port()).isEqualTo(5802);
        assertThat(settings.password()).isEqualTo("pw");

        Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> MemberSettings.parse(List.of("--config=" + config)))
                .hasMessageContaining("readable by others").hasMessageContaining("chmod 600");
    }

    @Test
    void everyProblemIsNamedAtOnce() throws IOException {
        Path openKey = folder.resolve("open.key");
        Files.writeString(openKey, Base64.getEncoder().encodeToString(new byte[32]));
        Files.setPosixFilePermissions(openKey, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> MemberSettings.parse(List.of("--cluster.port=99999", "--cluster.members=10.16.0.11:x",
                "--jdbc.url=jdbc:mysql://db/ektp", "--jdbc.password=on-the-command-line", "--gallery.key-file=" + openKey,
                "--cluster.nmae=typo", "stray")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("setting cluster.interface is required")
                .hasMessageContaining("setting member.dir is required")
                .hasMessageContaining("setting jdbc.user is required")
                .hasMessageContaining("cluster.port must be a whole number from 1 to 65535, was 99999")
                .hasMessageContaining("'10.16.0.11:x' is not HOST or HOST:PORT")
                .hasMessageContaining("jdbc.url must be a PostgreSQL URL")
                .hasMessageContaining("jdbc.password may not be an argument")
                .hasMessageContaining("readable by others")
                .hasMessageContaining("unknown setting cluster.nmae")
                .hasMessageContaining("argument 'stray' is not --setting=value")
                .hasMessageNotContaining("on-the-command-line");
    }

    @Test
    void aKeyFileThatIsNotAGalleryKeyIsRefused() throws IOException {
        List<String> args = complete();
        args.add("--gallery.key-file=" + secret("short.key", Base64.getEncoder().encodeToString(new byte[16])));
        assertThatThrownBy(() -> MemberSettings.parse(args)).hasMessageContaining("is not central's gallery.key");
    }
}
