package org.localkg.bench.hostile;

/**
 * Tells, from its stack, whether a server thread is busy with a request: a thread of Jetty's
 * pool (its outermost frames are {@code QueuedThreadPool$Runner}) with a frame of Jena or of
 * this project on its stack. An idle pool thread, one waiting for work, or one in Jetty's own
 * selectors and handlers has only Jetty's and the JDK's frames; the main thread and the JVM's
 * own threads are not pool threads (the main thread waits in {@code QueuedThreadPool.join}
 * under {@code FusekiServer.join}: a frame of the pool's class, but not its runner's). Every request runs in such a thread, whichever servlet answers
 * it (SPARQL, a Linked Data page, {@code /reconcile}), and so does its query: a query that
 * ignored its time limit is a pool thread still in Jena's frames.
 */
public final class RequestThreads {
    private static final String POOL_RUNNER = "org.eclipse.jetty.util.thread.QueuedThreadPool$Runner";

    private RequestThreads() {}

    public static boolean busy(StackTraceElement[] stack) {
        boolean pool = false, application = false;
        for (StackTraceElement f : stack) {
            String c = f.getClassName();
            pool |= c.equals(POOL_RUNNER);
            application |= isApplication(c);
        }
        return pool && application;
    }

    /** The innermost frame of Jena or of this project: where the thread is at work, for the report. */
    public static String where(StackTraceElement[] stack) {
        for (StackTraceElement f : stack) {
            if (isApplication(f.getClassName())) {
                return f.getClassName() + "." + f.getMethodName();
            }
        }
        return stack.length == 0 ? "(no stack)" : stack[0].getClassName() + "." + stack[0].getMethodName();
    }

    private static boolean isApplication(String className) {
        return className.startsWith("org.apache.jena.") || className.startsWith("org.localkg.");
    }
}
