package id.ektp.devices.synthetic;

import java.util.function.DoubleUnaryOperator;

/** A tabulated smooth function with linear interpolation, for per-pixel use. */
final class Lookup {
    private final double min;
    private final double scale;
    private final float[] table;

    Lookup(double min, double max, int size, DoubleUnaryOperator function) {
        this.min = min;
        this.scale = (size - 1) / (max - min);
        this.table = new float[size];
        for (int i = 0; i < size; i++) {
            table[i] = (float) function.applyAsDouble(min + i / scale);
        }
    }

    double at(double x) {
        double position = (x - min) * scale;
        if (position <= 0) {
            return table[0];
        }
        if (position >= table.length - 1) {
            return table[table.length - 1];
        }
        int i = (int) position;
        double f = position - i;
        return table[i] + (table[i + 1] - table[i]) * f;
    }
}
