package dev.weft.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.stm.TxContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The deadlock {@code Vm.outsideMonitor} prevents, staged: thread A runs a transaction alone;
 * thread B, between transactions, interns a new name, and so must begin, which waits for A;
 * then A interns a name too, which takes the VM's monitor. If B waited with the monitor held
 * (as the interning did when it began the immortal context's transaction inside it), A could
 * never take it, never commit, and B never stop waiting.
 */
class BeginOutsideMonitorTest {
    @Test
    void aThreadThatWaitsToBeginDoesNotHoldTheVmsMonitor() throws Exception {
        Vm vm = new Vm(Vm.Settings.defaults(), new String[] {"x.py"}, Path.of("."), new ByteArrayInputStream(new byte[0]),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), System.err);
        Interp a = new Interp(vm, vm.heap.attach());
        Interp b = new Interp(vm, vm.heap.attach());
        var aloneNow = new CountDownLatch(1);
        var bWaits = new CountDownLatch(1);
        var failure = new AtomicReference<Throwable>();
        var aThread = new GuestThreads.GuestThread(a, () -> {
            try {
                TxContext tx = a.tx;
                // its first begins see the others' begins since its last look, and do not claim
                for (int i = 0; i < 1000 && !tx.isAlone(); i++) {
                    if (tx.isInTransaction()) tx.commit();
                    tx.begin();
                }
                if (!tx.isAlone()) throw new AssertionError("thread A never ran alone (is -Dweft.runAlone=false set?)");
                aloneNow.countDown();
                bWaits.await();
                // B is parked in its begin by now (or soon): give it time to take what it would take
                Thread.sleep(200);
                long w = vm.intern("weft-probe-interned-by-a");
                assertTrue(w != 0);
                tx.commit();
            } catch (Throwable t) {
                failure.set(t);
                aloneNow.countDown();
            }
        }, "weft-probe-a", 0);
        var bThread = new GuestThreads.GuestThread(b, () -> {
            try {
                aloneNow.await();
                bWaits.countDown();
                vm.intern("weft-probe-interned-by-b");
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            }
        }, "weft-probe-b", 0);
        aThread.setDaemon(true);
        bThread.setDaemon(true);
        aThread.start();
        bThread.start();
        aThread.join(TimeUnit.SECONDS.toMillis(10));
        bThread.join(TimeUnit.SECONDS.toMillis(10));
        // on a deadlock both stay stuck (daemons); the VM is then left open, as it cannot close
        assertFalse(aThread.isAlive() || bThread.isAlive(), "deadlock: A " + aThread.getState() + ", B " + bThread.getState());
        if (failure.get() != null) throw new AssertionError(failure.get());
        assertEquals(vm.intern("weft-probe-interned-by-a"), vm.internedOrNull("weft-probe-interned-by-a"));
        assertTrue(vm.internedOrNull("weft-probe-interned-by-b") != 0);
        a.tx.close();
        b.tx.close();
        vm.close();
    }
}
