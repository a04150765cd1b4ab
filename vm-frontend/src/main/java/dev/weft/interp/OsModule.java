package dev.weft.interp;

import static dev.weft.runtime.Words.*;

import dev.weft.runtime.ExcKind;
import dev.weft.runtime.PyException;
import dev.weft.runtime.objects.bigint.BigInts;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code posix}, the system calls under {@code os} (lib/os.py adds the portable layer and
 * lib/posixpath.py the path arithmetic, as in CPython): the working directory, directory
 * listing, stat, making and removing files and directories, the environment, the process id.
 *
 * <p>Java has no chdir: a relative path is resolved against {@code user.dir}, which weft never
 * changes, as open() does. A failure raises the OSError subclass of its errno with CPython's
 * strerror and the path ({@code FileNotFoundError: [Errno 2] No such file or directory: 'x'}).
 * Touching the file system is irreversible, so under the TM each call first makes its
 * transaction inevitable.
 */
final class OsModule {
    private OsModule() {}

    static long make(Vm vm) {
        return StdModules.make(vm, "posix", b -> {
            long environ = H.dict(b.c);
            for (Map.Entry<String, String> e : new java.util.TreeMap<>(System.getenv()).entrySet()) {
                H.dictPut(b.c, environ, H.str(b.m, e.getKey()), H.str(b.m, e.getValue()));
            }
            b.put("environ", environ);
            b.fn("getcwd", 0, 0, false, (ctx, a, n, kw) -> in(ctx).str(cwd().toString()));
            b.fn("getpid", 0, 0, false, (ctx, a, n, kw) -> fromInt(ProcessHandle.current().pid()));
            b.fn("cpu_count", 0, 0, false, (ctx, a, n, kw) -> fromInt(Runtime.getRuntime().availableProcessors()));
            b.fn("listdir", 0, 1, false, (ctx, a, n, kw) -> listdir(in(ctx), n > 0 && a[0] != NONE ? a[0] : NULL));
            b.fn("stat", 1, 1, false, (ctx, a, n, kw) -> stat(in(ctx), a[0], true));
            b.fn("lstat", 1, 1, false, (ctx, a, n, kw) -> stat(in(ctx), a[0], false));
            b.fn("mkdir", 1, 2, false, (ctx, a, n, kw) -> {
                Interp in = in(ctx);
                Path p = path(in, "mkdir", a[0]);
                try {
                    Files.createDirectory(p);
                } catch (IOException e) {
                    throw error(in, e, p, a[0]);
                }
                return NONE;
            });
            b.fn("rmdir", 1, 1, false, (ctx, a, n, kw) -> {
                Interp in = in(ctx);
                Path p = path(in, "rmdir", a[0]);
                if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    throw osError(in, 20, a[0]);
                }
                delete(in, p, a[0]);
                return NONE;
            });
            for (String name : new String[] {"remove", "unlink"}) {
                b.fn(name, 1, 1, false, (ctx, a, n, kw) -> {
                    Interp in = in(ctx);
                    Path p = path(in, name, a[0]);
                    if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                        throw osError(in, 21, a[0]);
                    }
                    delete(in, p, a[0]);
                    return NONE;
                });
            }
            for (String name : new String[] {"rename", "replace"}) {
                b.fn(name, 2, 2, false, (ctx, a, n, kw) -> {
                    Interp in = in(ctx);
                    Path from = path(in, name, a[0]);
                    Path to = path(in, name, a[1]);
                    try {
                        Files.move(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    } catch (IOException e) {
                        throw error(in, e, from, a[0]);
                    }
                    return NONE;
                });
            }
            b.fn("strerror", 1, 1, false, (ctx, a, n, kw) -> in(ctx).str(strerror((int) toInt(a[0]))));
        });
    }

    private static Interp in(dev.weft.runtime.Ctx ctx) {
        return (Interp) ctx.guest;
    }

    private static Path cwd() {
        return Path.of(System.getProperty("user.dir")).toAbsolutePath();
    }

    /** The path argument of function fn, resolved against the working directory. */
    private static Path path(Interp in, String fn, long arg) {
        if (!H.isStr(arg)) {
            throw PyException.typeError(fn + ": path should be string, bytes or os.PathLike, not " + in.typeName(arg));
        }
        in.becomeInevitable();
        String s = H.jstr(arg);
        if (s.isEmpty()) throw osError(in, 2, arg);
        return cwd().resolve(s);
    }

    private static long listdir(Interp in, long arg) {
        long shown = arg == NULL ? in.str(".") : arg;
        Path dir = path(in, "listdir", shown);
        long names = H.list(in.ctx);
        try (var entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) H.listAppend(in.ctx, names, in.str(p.getFileName().toString()));
        } catch (IOException e) {
            throw error(in, e, dir, shown);
        }
        return names;
    }

    /**
     * stat(path): the ten fields of CPython's os.stat_result in their order (mode, ino, dev,
     * nlink, uid, gid, size, atime, mtime, ctime), the times as float seconds; lib/os.py
     * wraps them in a stat_result.
     */
    private static long stat(Interp in, long arg, boolean follow) {
        Path p = path(in, "stat", arg);
        LinkOption[] opts = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        try {
            Map<String, Object> u = Files.readAttributes(p, "unix:mode,ino,dev,nlink,uid,gid,size,lastAccessTime,lastModifiedTime,ctime", opts);
            return H.tuple(in.mem, fromInt((Integer) u.get("mode")), BigInts.box(in.mem, (Long) u.get("ino")),
                    BigInts.box(in.mem, (Long) u.get("dev")), fromInt((Integer) u.get("nlink")), fromInt((Integer) u.get("uid")),
                    fromInt((Integer) u.get("gid")), BigInts.box(in.mem, (Long) u.get("size")), seconds(u.get("lastAccessTime")),
                    seconds(u.get("lastModifiedTime")), seconds(u.get("ctime")));
        } catch (IOException e) {
            throw error(in, e, p, arg);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            throw PyException.of(ExcKind.OS_ERROR, "stat is not supported on this file system");
        }
    }

    private static long seconds(Object fileTime) {
        java.time.Instant t = ((java.nio.file.attribute.FileTime) fileTime).toInstant();
        return fromDouble(t.getEpochSecond() + t.getNano() / 1e9);
    }

    private static void delete(Interp in, Path p, long arg) {
        try {
            Files.delete(p);
        } catch (IOException e) {
            throw error(in, e, p, arg);
        }
    }

    /** The OSError for a failed file-system call on p (named arg in the message). */
    private static PyException error(Interp in, IOException e, Path p, long arg) {
        int errno;
        if (e instanceof java.nio.file.NoSuchFileException) {
            errno = 2;
        } else if (e instanceof java.nio.file.FileAlreadyExistsException) {
            errno = 17;
        } else if (e instanceof DirectoryNotEmptyException) {
            errno = 39;
        } else if (e instanceof java.nio.file.AccessDeniedException) {
            errno = 13;
        } else if (e instanceof java.nio.file.NotDirectoryException) {
            errno = 20;
        } else if (Files.isRegularFile(p.getParent() == null ? p : p.getParent())) {
            errno = 20;
        } else {
            throw PyException.of(ExcKind.OS_ERROR, String.valueOf(e.getMessage()));
        }
        return osError(in, errno, arg);
    }

    /** OSError(errno, strerror, filename), as the subclass CPython picks for errno. */
    private static PyException osError(Interp in, int errno, long filename) {
        long args = H.tuple(in.mem, fromInt(errno), in.str(strerror(errno)), filename);
        int type = Bootstrap.osErrorSubclass(errno, ExcKind.OS_ERROR.typeId());
        return PyException.ofObject(in.exc.newException(type, args));
    }

    /** CPython's (glibc's) text for the errnos weft raises. */
    static String strerror(int errno) {
        return switch (errno) {
            case 2 -> "No such file or directory";
            case 13 -> "Permission denied";
            case 17 -> "File exists";
            case 20 -> "Not a directory";
            case 21 -> "Is a directory";
            case 39 -> "Directory not empty";
            default -> "Unknown error " + errno;
        };
    }
}
