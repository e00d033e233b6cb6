package org.localkg.nlp.ner;

/**
 * Where {@link CharFeatures} writes a character's features, one at a time, character by
 * character into a buffer that is reused: tagging looks each one up by its characters
 * ({@link FeatureIndex}) without building a String, training makes Strings of them for HanLP's
 * feature map. Not thread-safe: one sink per tagging call.
 */
abstract class FeatureSink {
    private char[] chars = new char[32];
    private int length;

    /** Starts a feature with its template's letter. */
    final FeatureSink begin(char template) {
        length = 0;
        return add(template);
    }

    final FeatureSink add(char c) {
        if (length == chars.length) {
            chars = java.util.Arrays.copyOf(chars, 2 * length);
        }
        chars[length++] = c;
        return this;
    }

    final FeatureSink add(String s) {
        int n = s.length();
        if (length + n > chars.length) {
            chars = java.util.Arrays.copyOf(chars, Math.max(2 * chars.length, length + n));
        }
        s.getChars(0, n, chars, length);
        length += n;
        return this;
    }

    /** A feature given whole (the name gazetteer's). */
    final void whole(String feature) {
        length = 0;
        add(feature);
        end();
    }

    /** Ends the feature begun last and hands it on. */
    final void end() {
        take(chars, length);
    }

    /** One whole feature: {@code chars[0, length)}, valid only during the call. */
    protected abstract void take(char[] chars, int length);
}
