package org.localkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Path;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localkg.store.KgStore;

/** {@code kg serve --host} (issue 20): the public port listens on the interface given, and on no other. */
class ListenHostIT {
    @Test
    void theServerListensOnTheGivenInterfaceOnly(@TempDir Path dir) throws Exception {
        try (KgStore store = KgStore.open(dir.resolve("store"))) {
            KgServer server = KgServer.builder(store).port(0).host("127.0.0.1").build().start();
            try {
                try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress("127.0.0.1", server.port()), 2000);
                    assertTrue(s.isConnected());
                }
                InetAddress other = null;
                for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                    for (InetAddress a : Collections.list(n.getInetAddresses())) {
                        if (a instanceof Inet4Address && !a.isLoopbackAddress()) {
                            other = a;
                        }
                    }
                }
                if (other != null) { // a machine with a network: the port is closed there
                    InetAddress address = other;
                    assertThrows(java.io.IOException.class, () -> {
                        try (Socket s = new Socket()) {
                            s.connect(new InetSocketAddress(address, server.port()), 2000);
                        }
                    }, "the server answered on " + address);
                }
            } finally {
                server.stop();
            }
        }
        try (KgStore store = KgStore.open(dir.resolve("store2"))) {
            assertEquals("unknown host to listen on: no-such-host.invalid", assertThrows(IllegalArgumentException.class,
                    () -> KgServer.builder(store).host("no-such-host.invalid")).getMessage());
        }
    }
}
