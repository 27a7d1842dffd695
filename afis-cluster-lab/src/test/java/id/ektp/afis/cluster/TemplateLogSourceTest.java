package id.ektp.afis.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ektp.afis.AfisException;
import id.ektp.afis.gallery.TenPrint;
import id.ektp.afis.synthetic.SyntheticPopulation;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The source of truth on the engine's log: what was stored comes back after a reopen, byte for byte. */
class TemplateLogSourceTest {

    private static final SyntheticPopulation POPULATION = new SyntheticPopulation(1616);

    @TempDir
    Path dir;

    @Test
    void storedPersonsComeBackAfterReopenAndDeletedOnesStayGone() {
        Path file = dir.resolve("source.log");
        UUID kept = UUID.randomUUID();
        UUID deleted = UUID.randomUUID();
        TenPrint print = POPULATION.enrolmentTenPrint(1);
        try (TemplateLogSource source = TemplateLogSource.open(file, true)) {
            source.insert(kept, print);
            source.insert(deleted, POPULATION.enrolmentTenPrint(2));
            assertThat(source.delete(deleted)).isTrue();
            assertThat(source.delete(deleted)).isFalse();
            assertThatThrownBy(() -> source.insert(kept, print)).isInstanceOfSatisfying(AfisException.class,
                    e -> assertThat(e.reason()).isEqualTo(AfisException.Reason.DUPLICATE_REFERENCE_ID));
        }
        try (TemplateLogSource reopened = TemplateLogSource.open(file, true)) {
            assertThat(reopened.referenceIds()).containsExactly(kept);
            assertThat(reopened.count()).isEqualTo(1);
            TenPrint back = reopened.find(kept).orElseThrow();
            assertThat(back.positions()).isEqualTo(print.positions());
            print.fingers().forEach((position, template) ->
                    assertThat(Arrays.equals(back.finger(position).orElseThrow().toBytes(), template.toBytes())).as(position.name()).isTrue());
            assertThat(reopened.find(deleted)).isEmpty();
        }
    }

    @Test
    void aDamagedPersonRecordIsRefusedByName() {
        byte[] record = PersonRecord.encode(POPULATION.enrolmentTenPrint(3));
        assertThatThrownBy(() -> PersonRecord.decode(Arrays.copyOf(record, record.length / 2)))
                .isInstanceOfSatisfying(AfisException.class, e -> assertThat(e.reason()).isEqualTo(AfisException.Reason.CORRUPT_STORE));
        assertThatThrownBy(() -> PersonRecord.decode(Arrays.copyOf(record, record.length + 3)))
                .isInstanceOfSatisfying(AfisException.class, e -> assertThat(e.reason()).isEqualTo(AfisException.Reason.CORRUPT_STORE));
    }
}
