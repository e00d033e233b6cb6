package org.localkg.server.guard;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.junit.jupiter.api.Test;

class ServicePolicyTest {
    @Test
    void byDefaultEveryServiceIsRefused() {
        assertNotNull(ServicePolicy.none().refusal(NodeFactory.createURI("https://query.wikidata.org/sparql")));
    }

    @Test
    void anAllowListNeverTakesLoopbackAndOnlyCallsItsHostsOverHttp() {
        assertThrows(IllegalArgumentException.class, () -> ServicePolicy.allow(List.of("localhost")));
        assertThrows(IllegalArgumentException.class, () -> ServicePolicy.allow(List.of("http://x.org/")));
        ServicePolicy p = ServicePolicy.allow(List.of("127.0.0.1", "10.1.2.3"));
        assertNotNull(p.refusal(NodeFactory.createURI("http://127.0.0.1:3030/kg/sparql")), "a named loopback address is still refused");
        assertNotNull(p.refusal(NodeFactory.createURI("http://10.1.2.3/sparql")), "a private address is refused");
        assertNotNull(p.refusal(NodeFactory.createURI("http://other.example/sparql")));
        assertNotNull(p.refusal(NodeFactory.createURI("file:///etc/passwd")));
        assertNotNull(p.refusal(Var.alloc("u")));
    }

    @Test
    void addressRanges() throws Exception {
        for (String a : List.of("127.0.0.1", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "::1", "fd00::1", "fe80::1")) {
            assertFalse(ServicePolicy.isPublic(InetAddress.getByName(a)), a);
        }
        for (String a : List.of("8.8.8.8", "203.0.113.9", "2001:db8::1")) {
            assertTrue(ServicePolicy.isPublic(InetAddress.getByName(a)), a);
        }
    }
}
