package org.localkg.bench.hostile;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.tools.attach.AttachNotSupportedException;
import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * A look inside the server's JVM from outside it, over JMX: its threads' stacks, its heap limit and
 * the time its garbage collectors took.
 * <p>
 * <b>Decision:</b> the JDK's attach API starts the server's local JMX agent once and every
 * snapshot is then one {@code ThreadMXBean.dumpAllThreads} call, instead of running
 * {@code jcmd PID Thread.print} for each. A {@code jcmd} is a JVM of its own, started on the
 * same two busy cores it is measuring (a second or more of CPU per snapshot under load), and its
 * text would have to be parsed; the MXBean gives typed frames within milliseconds of the moment
 * asked for. The cost is the agent's few MB in the server, which only adds to the RSS measured.
 */
public final class ServerProbe implements AutoCloseable {
    /** A thread at work on a request, as a snapshot found it. */
    public record BusyThread(String name, String where) {}

    private final JMXConnector connector;
    private final ThreadMXBean threads;
    private final HotSpotDiagnosticMXBean hotspot;
    private final List<GarbageCollectorMXBean> collectors;

    private ServerProbe(JMXConnector connector, MBeanServerConnection mbeans) throws IOException {
        this.connector = connector;
        this.threads = ManagementFactory.newPlatformMXBeanProxy(mbeans, ManagementFactory.THREAD_MXBEAN_NAME, ThreadMXBean.class);
        this.hotspot = ManagementFactory.newPlatformMXBeanProxy(mbeans, "com.sun.management:type=HotSpotDiagnostic",
                HotSpotDiagnosticMXBean.class);
        this.collectors = ManagementFactory.getPlatformMXBeans(mbeans, GarbageCollectorMXBean.class);
    }

    /** Attaches to a JVM of this user on this machine. */
    public static ServerProbe attach(long pid) throws IOException {
        String address;
        try {
            VirtualMachine vm = VirtualMachine.attach(Long.toString(pid));
            try {
                address = vm.startLocalManagementAgent();
            } finally {
                vm.detach();
            }
        } catch (AttachNotSupportedException e) {
            throw new IOException("cannot attach to the server's JVM (pid " + pid + "): " + e.getMessage(), e);
        }
        JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(address));
        return new ServerProbe(connector, connector.getMBeanServerConnection());
    }

    /** The threads busy with a request now ({@link RequestThreads}). */
    public List<BusyThread> busyThreads() {
        List<BusyThread> busy = new ArrayList<>();
        for (ThreadInfo t : threads.dumpAllThreads(false, false)) {
            if (t != null && RequestThreads.busy(t.getStackTrace())) {
                busy.add(new BusyThread(t.getThreadName(), RequestThreads.where(t.getStackTrace())));
            }
        }
        return busy;
    }

    /** The heap's limit, as the JVM settled it ({@code -Xmx}, or its ergonomic default). */
    public long maxHeapBytes() {
        return Long.parseLong(hotspot.getVMOption("MaxHeapSize").getValue());
    }

    /** Milliseconds the JVM's collectors have taken since it started (pauses and concurrent work). */
    public long gcMillis() {
        return collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    @Override
    public void close() throws IOException {
        connector.close();
    }
}
