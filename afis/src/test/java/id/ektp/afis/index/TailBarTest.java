package id.ektp.afis.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TailBarTest {

    @Test
    void aTailPersonAtTheBarIsScreenedAndOneBelowIsNot() {
        assertThat(TailBar.screens(TailBar.BAR, TailBar.BAR)).isTrue();
        assertThat(TailBar.screens(Math.nextUp(TailBar.BAR), TailBar.BAR)).isTrue();
        assertThat(TailBar.screens(Math.nextDown(TailBar.BAR), TailBar.BAR)).isFalse();
    }
}
