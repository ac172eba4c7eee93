package no.samskap.bench.http;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** Reads HTTP/1.x answers off one connection, body by Content-Length, chunks or until closed, and drops the bodies. */
final class AnswerReader {

    /** The answer's status, and whether the server keeps the connection open after it. */
    record Answer(int status, boolean keptAlive) {
    }

    private final Socket socket;
    private final InputStream in;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private boolean begun;

    AnswerReader(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
    }

    /** Whether any byte of the answer being read has come, so that a failure before it may be retried. */
    boolean begun() {
        return begun;
    }

    Answer read(long deadlineNanos) throws IOException {
        begun = false;
        var statusLine = line(deadlineNanos);
        if (!statusLine.matches("HTTP/1\\.[01] \\d{3}.*")) {
            throw new IOException("Not an HTTP/1.x status line: " + statusLine);
        }
        var status = Integer.parseInt(statusLine.substring(9, 12));
        var http11 = statusLine.startsWith("HTTP/1.1");
        var keptAlive = http11;
        var length = -1L;
        var chunked = false;
        for (var header = line(deadlineNanos); !header.isEmpty(); header = line(deadlineNanos)) {
            var colon = header.indexOf(':');
            var name = header.substring(0, Math.max(colon, 0)).trim().toLowerCase(Locale.ROOT);
            var value = header.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
            switch (name) {
                case "content-length" -> length = number(value, 10);
                case "transfer-encoding" -> chunked = value.contains("chunked");
                case "connection" -> keptAlive = http11 ? !value.contains("close") : value.contains("keep-alive");
                default -> {
                }
            }
        }
        if (status / 100 == 1) {
            return read(deadlineNanos);
        }
        if (status == 204 || status == 304) {
            return new Answer(status, keptAlive);
        }
        if (chunked) {
            skipChunks(deadlineNanos);
        } else if (length >= 0) {
            skip(length, deadlineNanos);
        } else {
            while (fill(deadlineNanos)) {
                position = limit;
            }
            keptAlive = false;
        }
        return new Answer(status, keptAlive);
    }

    private void skipChunks(long deadlineNanos) throws IOException {
        for (var size = chunkSize(deadlineNanos); size > 0; size = chunkSize(deadlineNanos)) {
            skip(size, deadlineNanos);
            line(deadlineNanos);
        }
        while (!line(deadlineNanos).isEmpty()) {
            // trailers, none of which matter here
        }
    }

    private long chunkSize(long deadlineNanos) throws IOException {
        var line = line(deadlineNanos);
        var extension = line.indexOf(';');
        return number((extension < 0 ? line : line.substring(0, extension)).trim(), 16);
    }

    private static long number(String text, int radix) throws IOException {
        try {
            return Long.parseLong(text, radix);
        } catch (NumberFormatException notANumber) {
            throw new IOException("Not a length: " + text, notANumber);
        }
    }

    private void skip(long bytes, long deadlineNanos) throws IOException {
        var left = bytes;
        while (left > 0) {
            if (position == limit) {
                need(deadlineNanos);
            }
            var taken = (int) Math.min(left, limit - position);
            position += taken;
            left -= taken;
        }
    }

    private String line(long deadlineNanos) throws IOException {
        var line = new StringBuilder();
        while (true) {
            if (position == limit) {
                need(deadlineNanos);
            }
            var next = (char) (buffer[position++] & 0xff);
            if (next == '\n') {
                var end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            line.append(next);
        }
    }

    private void need(long deadlineNanos) throws IOException {
        if (!fill(deadlineNanos)) {
            throw new EOFException("The server closed the connection in the middle of an answer");
        }
    }

    /** Reads what has come, waiting at most until the deadline; false when the server has closed the connection. */
    private boolean fill(long deadlineNanos) throws IOException {
        var left = deadlineNanos - System.nanoTime();
        if (left <= 0) {
            throw new SocketTimeoutException("No whole answer within the timeout");
        }
        socket.setSoTimeout((int) Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
        position = 0;
        limit = Math.max(in.read(buffer), 0);
        begun |= limit > 0;
        return limit > 0;
    }
}
