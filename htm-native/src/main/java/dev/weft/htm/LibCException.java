package dev.weft.htm;

/**
 * A libc call failed: carries the call's name and {@code errno}, with errno's symbolic name
 * for the values that {@code mmap}, {@code mprotect}, {@code munmap} and {@code madvise} can
 * set (Linux's numbering). Thrown by {@link LibC}'s wrappers.
 */
public final class LibCException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String call;
    private final int errno;

    public LibCException(String call, int errno) {
        super(call + " failed: errno " + errno + " (" + errnoName(errno) + ")");
        this.call = call;
        this.errno = errno;
    }

    public String call() {
        return call;
    }

    public int errno() {
        return errno;
    }

    static String errnoName(int errno) {
        return switch (errno) {
            case 1 -> "EPERM";
            case 9 -> "EBADF";
            case 11 -> "EAGAIN";
            case 12 -> "ENOMEM";
            case 13 -> "EACCES";
            case 14 -> "EFAULT";
            case 17 -> "EEXIST";
            case 19 -> "ENODEV";
            case 22 -> "EINVAL";
            case 23 -> "ENFILE";
            case 26 -> "ETXTBSY";
            case 75 -> "EOVERFLOW";
            default -> "errno " + errno;
        };
    }
}
