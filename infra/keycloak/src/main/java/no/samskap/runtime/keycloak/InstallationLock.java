package no.samskap.runtime.keycloak;

import no.samskap.runtime.LocalRuntimeException;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Keeps other threads and other processes (a test run and the launcher, say) from unpacking or building one
 * installation at the same time. A file lock alone is not enough: within one JVM it throws instead of waiting.
 */
final class InstallationLock implements AutoCloseable {

    private static final Map<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();

    private final ReentrantLock threadLock;
    private final FileChannel channel;
    private final FileLock fileLock;

    private InstallationLock(ReentrantLock threadLock, FileChannel channel, FileLock fileLock) {
        this.threadLock = threadLock;
        this.channel = channel;
        this.fileLock = fileLock;
    }

    static InstallationLock acquire(Path installation) {
        var absolute = installation.toAbsolutePath().normalize();
        var threadLock = IN_THIS_JVM.computeIfAbsent(absolute, path -> new ReentrantLock());
        threadLock.lock();
        var lockFile = absolute.resolveSibling(absolute.getFileName() + ".lock");
        try {
            Files.createDirectories(lockFile.getParent());
            var channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                return new InstallationLock(threadLock, channel, channel.lock());
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            threadLock.unlock();
            throw new LocalRuntimeException("Keycloak", "could not lock " + lockFile
                + "; check that its directory is writable", e);
        }
    }

    @Override
    public void close() {
        try {
            fileLock.release();
            channel.close();
        } catch (IOException ignored) {
            // Closing the channel releases the lock; nothing is left to undo.
        } finally {
            threadLock.unlock();
        }
    }
}
