package org.localkg.bench.hostile;

/**
 * The memory the server is stated to stay within, whatever the queries: its heap limit, plus a
 * fixed allowance for what the JVM holds beside the heap, plus the store's files, which TDB2 maps
 * into memory and which count in the resident set as far as queries have read them.
 * <p>
 * <b>Decision:</b> 512 MB beside the heap. Measured with {@code -Xmx2g} on 300 pages, while thirty
 * cross joins kept the heap full: 2,363–2,388 MB anonymous (so 315–340 MB beside the heap: metaspace,
 * the JIT's code, G1's tables, a hundred thread stacks, malloc, the JMX agent the benchmark starts)
 * and 98–112 MB of file pages (some 50 MB of them the jar and the JDK's libraries, the rest the
 * store). The allowance leaves over 100 MB for what those measurements did not exercise; G1's
 * tables grow with the heap, so for heaps well above 2 GB it is to be measured again.
 */
public final class MemoryBound {
    /** Beside the heap: metaspace, the JIT's code, GC structures, thread stacks, Jetty's direct buffers. */
    public static final long ALLOWANCE_BYTES = 512L << 20;

    private MemoryBound() {}

    public static long of(long maxHeapBytes, long storeBytes) {
        return maxHeapBytes + ALLOWANCE_BYTES + storeBytes;
    }
}
