package org.localkg.bench.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Stacks as the server's threads have them (innermost frame first), shortened to the frames that tell. */
class RequestThreadsTest {
    private static StackTraceElement f(String className, String method) {
        return new StackTraceElement(className, method, null, -1);
    }

    static final StackTraceElement RUNNER = f("org.eclipse.jetty.util.thread.QueuedThreadPool$Runner", "run");
    static final StackTraceElement JDK_THREAD = f("java.lang.Thread", "run");

    @Test
    void aPoolThreadInAQueryIsBusy() {
        StackTraceElement[] regex = {
            f("java.util.regex.Pattern$Curly", "match"),
            f("org.localkg.server.guard.BoundedExpressions$BoundedRegex", "exec"),
            f("org.apache.jena.sparql.engine.iterator.QueryIterFilterExpr", "accept"),
            f("org.apache.jena.fuseki.servlets.SPARQL_Query", "execute"),
            f("org.eclipse.jetty.server.handler.QoSHandler", "handle"),
            RUNNER, JDK_THREAD};
        assertTrue(RequestThreads.busy(regex));
        assertEquals("org.localkg.server.guard.BoundedExpressions$BoundedRegex.exec", RequestThreads.where(regex));
        StackTraceElement[] reconcile = {
            f("org.apache.lucene.search.IndexSearcher", "search"),
            f("org.localkg.server.reconcile.Reconciler", "answer"),
            RUNNER, JDK_THREAD};
        assertTrue(RequestThreads.busy(reconcile));
    }

    @Test
    void anIdlePoolThreadOrASelectorIsNot() {
        StackTraceElement[] idle = {
            f("jdk.internal.misc.Unsafe", "park"),
            f("org.eclipse.jetty.util.BlockingArrayQueue", "poll"),
            f("org.eclipse.jetty.util.thread.QueuedThreadPool$Runner", "idleJobPoll"),
            RUNNER, JDK_THREAD};
        assertFalse(RequestThreads.busy(idle));
        StackTraceElement[] selector = {
            f("sun.nio.ch.EPoll", "wait"),
            f("org.eclipse.jetty.io.ManagedSelector", "nioSelect"),
            RUNNER, JDK_THREAD};
        assertFalse(RequestThreads.busy(selector));
    }

    @Test
    void theMainThreadWaitingForTheServerIsNot() {
        // FusekiServer.join -> Server.join -> QueuedThreadPool.join: a frame of the pool's class, not of its runner
        StackTraceElement[] main = {
            f("java.lang.Object", "wait"),
            f("org.eclipse.jetty.util.thread.QueuedThreadPool", "join"),
            f("org.eclipse.jetty.server.Server", "join"),
            f("org.apache.jena.fuseki.main.FusekiServer", "join"),
            f("org.localkg.cli.ServeCommand", "call"),
            f("org.localkg.cli.Main", "main")};
        assertFalse(RequestThreads.busy(main));
        assertFalse(RequestThreads.busy(new StackTraceElement[0]));
        assertEquals("(no stack)", RequestThreads.where(new StackTraceElement[0]));
    }
}
