package no.samskap.bench.http;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.concurrent.TimeUnit;

/** One HTTP/1.1 connection that sends its requests one after the other, opened again when it breaks or is closed. */
final class KeptAliveConnection implements AutoCloseable {

    private final InetSocketAddress server;
    private Socket socket;
    private OutputStream out;
    private AnswerReader answers;

    KeptAliveConnection(InetSocketAddress server) {
        this.server = server;
    }

    /** Sends the request and reads its whole answer by the deadline, giving the answer's status. */
    int exchange(byte[] request, long deadlineNanos) throws IOException {
        try {
            return answer(request, deadlineNanos);
        } catch (IOException failed) {
            close();
            throw failed;
        }
    }

    private int answer(byte[] request, long deadlineNanos) throws IOException {
        var reused = socket != null;
        if (!reused) {
            open(deadlineNanos);
        }
        AnswerReader.Answer answer;
        try {
            out.write(request);
            out.flush();
            answer = answers.read(deadlineNanos);
        } catch (IOException broken) {
            if (!reused || broken instanceof SocketTimeoutException || answers.begun()) {
                throw broken;
            }
            // The server closed the kept connection while it was idle: a GET may go again on a new one, as browsers do.
            close();
            return answer(request, deadlineNanos);
        }
        if (!answer.keptAlive()) {
            close();
        }
        return answer.status();
    }

    private void open(long deadlineNanos) throws IOException {
        var left = TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime());
        if (left <= 0) {
            throw new SocketTimeoutException("No time left to connect");
        }
        var opening = new Socket();
        try {
            opening.setTcpNoDelay(true);
            opening.connect(server, (int) left);
            out = opening.getOutputStream();
            answers = new AnswerReader(opening);
        } catch (IOException failed) {
            opening.close();
            throw failed;
        }
        socket = opening;
    }

    @Override
    public void close() {
        if (socket == null) {
            return;
        }
        try {
            socket.close();
        } catch (IOException alreadyBroken) {
            // Nothing to do about a socket that cannot even close.
        }
        socket = null;
    }
}
