package id.ektp.afis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ektp.afis.AfisException.Reason;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

public final class AfisAssertions {

    private AfisAssertions() {
    }

    /** The call fails with an {@link AfisException} of that reason, whose message names the reason. */
    public static void assertFailsWith(ThrowingCallable call, Reason reason) {
        assertThatThrownBy(call)
                .isInstanceOf(AfisException.class)
                .hasMessageStartingWith(reason.name() + ": ")
                .satisfies(e -> assertThat(((AfisException) e).reason()).isEqualTo(reason));
    }
}
