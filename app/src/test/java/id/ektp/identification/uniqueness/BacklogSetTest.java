package id.ektp.identification.uniqueness;

import static org.assertj.core.api.Assertions.assertThat;

import id.ektp.afis.synthetic.BacklogSetWriter;
import id.ektp.identification.uniqueness.BacklogSet.Kind;
import id.ektp.identification.uniqueness.BacklogSet.Planted;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark reads the lab's set as the lab wrote it, and tells the planted pairs from pairs the set made by chance. */
class BacklogSetTest {

    @Test
    void theBenchmarkReadsWhatTheLabPlantedAndFindsTheCopiesOfOnePerson(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("set.bin");
        // a small gallery and large shares, so that two planted records copy the same person
        BacklogSetWriter.main(new String[] {file.toString(), "5", "60", "0.4", "0.2", "15"});

        List<Planted> backlog;
        try (BacklogSet set = BacklogSet.open(file)) {
            assertThat(set.galleryPersons()).isEqualTo(5);
            assertThat(set.backlogRecords()).isEqualTo(60);
            set.skipGallery();
            backlog = set.backlog(60);
        }
        assertThat(backlog).hasSize(60).allSatisfy(p -> assertThat(p.person().iso()).isNotEmpty());
        for (int i = 0; i < backlog.size(); i++) {
            Planted p = backlog.get(i);
            if (p.kind() == Kind.OF_GALLERY_PERSON) {
                assertThat(p.mate()).isBetween(0, 4);
            } else if (p.kind() == Kind.OF_BACKLOG_RECORD) {
                // one step from a copy reaches the person: the findings rely on it
                assertThat(p.mate()).isLessThan(i);
                assertThat(backlog.get(p.mate()).kind()).isEqualTo(Kind.NEW);
            }
        }
        assertThat(backlog).extracting(Planted::kind).contains(Kind.NEW, Kind.OF_GALLERY_PERSON, Kind.OF_BACKLOG_RECORD);

        UUID[] gallery = {UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()};
        UUID[] packets = backlog.stream().map(p -> UUID.randomUUID()).toArray(UUID[]::new);
        BacklogFindings findings = new BacklogFindings(backlog, gallery, packets);
        long planted = backlog.stream().filter(p -> p.kind() != Kind.NEW).count();
        assertThat(findings.planted()).isEqualTo((int) planted);
        // 24 or so copies of 5 gallery persons: some person is copied more than once, and the set says so
        assertThat(findings.samePersonPairsInTheSet()).isNotEmpty()
                .allSatisfy(line -> assertThat(line).contains("are all planted copies of"));
    }
}
