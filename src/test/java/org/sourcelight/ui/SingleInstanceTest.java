package org.sourcelight.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleInstanceTest {
    @TempDir Path dir;

    @Test
    void aSecondLaunchHandsItsLessonToTheRunningReader() throws Exception {
        Path library = dir.resolve("library.db");
        LinkedBlockingQueue<List<String>> received = new LinkedBlockingQueue<>();
        try (SingleInstance running = SingleInstance.listen(library, received::add)) {
            assertNotNull(running);
            assertTrue(Files.isRegularFile(SingleInstance.instanceFile(library)));
            assertTrue(SingleInstance.handOff(library, List.of("/home/ada/Who speaks.sllesson")));
            assertEquals(List.of("/home/ada/Who speaks.sllesson"), received.poll(5, TimeUnit.SECONDS));
            assertTrue(SingleInstance.handOff(library, List.of()), "a plain second launch brings the window forward");
            assertEquals(List.of(), received.poll(5, TimeUnit.SECONDS));
        }
        assertFalse(Files.exists(SingleInstance.instanceFile(library)), "closing removes the instance file");
        assertFalse(SingleInstance.handOff(library, List.of()), "no reader running: this launch becomes the reader");
    }

    @Test
    void anotherLibraryHasItsOwnReader() throws Exception {
        LinkedBlockingQueue<List<String>> received = new LinkedBlockingQueue<>();
        try (SingleInstance running = SingleInstance.listen(dir.resolve("class-a.db"), received::add)) {
            assertNotNull(running);
            assertFalse(SingleInstance.handOff(dir.resolve("class-b.db"), List.of("x.sllesson")));
            assertNull(received.poll(200, TimeUnit.MILLISECONDS));
        }
    }

    @Test
    void aStaleInstanceFileOrAStrangerOnThePortIsIgnored() throws Exception {
        Path library = dir.resolve("library.db");
        int freePort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            freePort = s.getLocalPort();
        }
        Files.writeString(SingleInstance.instanceFile(library), freePort + " 00ff\n");
        assertFalse(SingleInstance.handOff(library, List.of()), "nobody listens on a stale port");
        Files.writeString(SingleInstance.instanceFile(library), "not a port\n");
        assertFalse(SingleInstance.handOff(library, List.of()));
        try (ServerSocket stranger = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Files.writeString(SingleInstance.instanceFile(library), stranger.getLocalPort() + " 00ff\n");
            Thread t = new Thread(() -> {
                try (Socket c = stranger.accept()) {
                    c.getInputStream().read(new byte[256]);
                } catch (Exception ignored) {
                    // the test only needs the stranger to say nothing useful
                }
            });
            t.start();
            assertFalse(SingleInstance.handOff(library, List.of()), "a program that does not answer OK is not a reader");
            t.join(5000);
        }
    }

    @Test
    void aRequestWithoutTheSecretIsRefused() throws Exception {
        Path library = dir.resolve("library.db");
        LinkedBlockingQueue<List<String>> received = new LinkedBlockingQueue<>();
        try (SingleInstance running = SingleInstance.listen(library, received::add)) {
            assertNotNull(running);
            int port = Integer.parseInt(Files.readString(SingleInstance.instanceFile(library)).trim().split(" ")[0]);
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                Writer w = new OutputStreamWriter(s.getOutputStream(), StandardCharsets.UTF_8);
                w.write(SingleInstance.HELLO + " wrongsecret\n/etc/passwd\n\n");
                w.flush();
                s.setSoTimeout(3000);
                assertEquals(-1, s.getInputStream().read(), "the reader hangs up without answering");
            }
            assertNull(received.poll(300, TimeUnit.MILLISECONDS));
        }
    }
}
