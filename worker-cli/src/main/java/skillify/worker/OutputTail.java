package skillify.worker;

import java.nio.charset.StandardCharsets;

/** Keeps the last {@code capacity} bytes written to it: a task's output may be endless, its report may not. */
final class OutputTail {

    static final int DEFAULT_CAPACITY = 64 * 1024;
    private static final int MAX_LINE = 200;

    private final byte[] buffer;
    private int size;
    private boolean truncated;

    OutputTail(int capacity) {
        this.buffer = new byte[capacity];
    }

    synchronized void append(byte[] bytes, int offset, int length) {
        if (length >= buffer.length) {
            System.arraycopy(bytes, offset + length - buffer.length, buffer, 0, buffer.length);
            truncated |= size > 0 || length > buffer.length;
            size = buffer.length;
            return;
        }
        int overflow = size + length - buffer.length;
        if (overflow > 0) {
            System.arraycopy(buffer, overflow, buffer, 0, size - overflow);
            size -= overflow;
            truncated = true;
        }
        System.arraycopy(bytes, offset, buffer, size, length);
        size += length;
    }

    /** The kept bytes as UTF-8; a character cut in half by the cap is dropped rather than garbled. */
    @Override
    public synchronized String toString() {
        int start = 0;
        if (truncated) {
            while (start < size && (buffer[start] & 0xC0) == 0x80) {
                start++;
            }
        }
        return new String(buffer, start, size - start, StandardCharsets.UTF_8);
    }

    /** The last line that is not blank, shortened for a status line; empty when there is none. */
    String lastLine() {
        String text = toString().stripTrailing();
        String line = text.substring(text.lastIndexOf('\n') + 1).strip();
        return line.length() <= MAX_LINE ? line : line.substring(0, MAX_LINE - 1) + "…";
    }
}
