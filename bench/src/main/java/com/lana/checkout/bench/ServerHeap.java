package com.lana.checkout.bench;

import com.sun.tools.attach.VirtualMachine;

import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The heap a JVM of this machine uses after a full GC: attaches to it by process id (the JDK's
 * attach API, which needs no option on the server's command line), starts its local JMX agent,
 * asks for a few {@code System.gc()} and reads the heap used, so that what is left is what the
 * server keeps.
 */
final class ServerHeap {

    private static final int COLLECTIONS = 3;

    private ServerHeap() {
    }

    /**
     * Bytes of heap used after a full GC by the JVM {@code pid}.
     *
     * @throws Exception when that JVM cannot be attached to or its JMX agent not reached
     */
    static long usedAfterGc(long pid) throws Exception {
        VirtualMachine vm = VirtualMachine.attach(Long.toString(pid));
        String address;
        try {
            address = vm.startLocalManagementAgent();
        } finally {
            vm.detach();
        }
        try (JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(address))) {
            MBeanServerConnection server = connector.getMBeanServerConnection();
            MemoryMXBean memory = ManagementFactory.newPlatformMXBeanProxy(server,
                    ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
            long used = Long.MAX_VALUE;
            for (int i = 0; i < COLLECTIONS; i++) {
                memory.gc();
                used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
            }
            return used;
        }
    }
}
