package id.ektp.enrollment.capture;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a capture stands, from what is stored: the steps still to take in their fixed order, and the chip
 * fingers. Derived, never kept, so that a capture resumed after a crash continues exactly after the last
 * step that was committed.
 */
final class CapturePlan {

    /** The chip fingers are the index fingers; a missing one is replaced by its hand's middle finger, then thumb, ring, little. */
    private static final int[] RIGHT_HAND_CHOICE = {2, 3, 1, 4, 5};
    private static final int[] LEFT_HAND_CHOICE = {7, 8, 6, 9, 10};

    private final List<CaptureItem> items;
    private final List<FingerException> exceptions;
    private final boolean chipVerified;

    CapturePlan(List<CaptureItem> items, List<FingerException> exceptions, boolean chipVerified) {
        this.items = List.copyOf(items);
        this.exceptions = List.copyOf(exceptions);
        this.chipVerified = chipVerified;
    }

    /** Every step in the order taken. */
    static List<CaptureStep> order() {
        List<CaptureStep> steps = new ArrayList<>();
        for (int position = 1; position <= 10; position++) {
            steps.add(CaptureStep.finger(position));
        }
        steps.addAll(List.of(CaptureStep.FACE, CaptureStep.SIGNATURE, CaptureStep.IRISES, CaptureStep.CHIP_CHECK));
        return steps;
    }

    Optional<CaptureStep> next() {
        return order().stream().filter(step -> !done(step)).findFirst();
    }

    boolean done(CaptureStep step) {
        return switch (step.kind()) {
            case FINGER -> has(ItemKind.FINGER, step.position()) || exception(step.position()).isPresent();
            case FACE -> has(ItemKind.FACE, 0);
            case SIGNATURE -> has(ItemKind.SIGNATURE, 0);
            case IRISES -> has(ItemKind.IRIS, 1) && has(ItemKind.IRIS, 2);
            case CHIP_CHECK -> chipVerified || chipFingers().isEmpty();
        };
    }

    /** Whether the operator can still declare an exception for this finger: it was not captured yet. */
    boolean fingerOpen(int position) {
        return !has(ItemKind.FINGER, position) && exception(position).isEmpty();
    }

    /** The fingers that go on the chip and are verified 1:1: one per hand that has an accepted finger. */
    List<Integer> chipFingers() {
        Set<Integer> accepted = items.stream().filter(i -> i.kind() == ItemKind.FINGER && i.accepted()).map(CaptureItem::position)
                .collect(Collectors.toSet());
        List<Integer> chip = new ArrayList<>();
        for (int[] hand : List.of(RIGHT_HAND_CHOICE, LEFT_HAND_CHOICE)) {
            for (int position : hand) {
                if (accepted.contains(position)) {
                    chip.add(position);
                    break;
                }
            }
        }
        return chip;
    }

    Optional<FingerException> exception(int position) {
        return exceptions.stream().filter(e -> e.position() == position).findFirst();
    }

    private boolean has(ItemKind kind, int position) {
        return items.stream().anyMatch(i -> i.kind() == kind && i.position() == position);
    }
}
