package org.localkg.nlp.ner;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Precision, recall and F1 per class over exact spans, as CLUENER counts them: a predicted
 * mention is right only when its start, end and class all equal a gold one's.
 */
public final class NerScore {
    private final Map<String, int[]> counts = new TreeMap<>(); // class -> {tp, fp, fn}

    /** Adds one sentence's gold and predicted mentions. */
    public void add(Collection<NerSpan> gold, Collection<NerSpan> predicted) {
        Set<NerSpan> g = new HashSet<>(gold);
        Set<NerSpan> p = new HashSet<>(predicted);
        for (NerSpan s : p) {
            counts(s.kind())[g.contains(s) ? 0 : 1]++;
        }
        for (NerSpan s : g) {
            if (!p.contains(s)) {
                counts(s.kind())[2]++;
            }
        }
    }

    private int[] counts(String kind) {
        return counts.computeIfAbsent(kind, k -> new int[3]);
    }

    public Set<String> classes() {
        return counts.keySet();
    }

    public double precision(String kind) {
        int[] c = counts(kind);
        return c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
    }

    public double recall(String kind) {
        int[] c = counts(kind);
        return c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
    }

    public double f1(String kind) {
        double p = precision(kind);
        double r = recall(kind);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Micro-averaged F1 over every class. */
    public double microF1() {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int[] c : counts.values()) {
            tp += c[0];
            fp += c[1];
            fn += c[2];
        }
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** One line per class and a micro-average line. */
    public String table() {
        StringBuilder sb = new StringBuilder(String.format("%-14s %6s %6s %6s %6s %6s %6s%n", "class", "P", "R", "F1", "tp", "fp", "fn"));
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            sb.append(String.format("%-14s %6.3f %6.3f %6.3f %6d %6d %6d%n", e.getKey(), precision(e.getKey()), recall(e.getKey()),
                    f1(e.getKey()), c[0], c[1], c[2]));
        }
        sb.append(String.format("%-14s %20.3f%n", "micro", microF1()));
        return sb.toString();
    }
}
