package id.ektp.registry.commands;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleProgressTest {

    @Test
    void aFinishedJobShowsItsLabelTheFullCountAndEndsItsLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ConsoleProgress progress = new ConsoleProgress(out, "residents");

        for (long done = 0; done <= 5_000; done += 1_000) {
            progress.advanced(done, 5_000);
        }
        out.print("next line");

        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("residents", "100%", "5000/5000").contains("\nnext line");
    }
}
