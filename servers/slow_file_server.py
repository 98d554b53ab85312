# The slow-file server: a FUSE filesystem of N read-only files whose reads wait, like a network share
# or a cold disk. It stands in for "File I/O operations" the way the I/O server stands in for an API:
# the caller waits, this process's CPU does not (a sleep per open, nothing else).
#
# Each open's first read waits d ms (+/- jitter); later reads of the same open, and a read at or past
# the end of the file, answer at once, so reading a whole file costs one d in every language (Node's
# readFile and Python's read() both read until EOF). Files are opened with direct_io, so the kernel's
# page cache never answers for us: every open of every batch waits again.
#
# The binding is fusepy (Debian's python3-fusepy, libfuse 2 through ctypes): a small, stable,
# packaged binding that installs with apt on Debian and with pip elsewhere. The Node bindings
# (fuse-native and its forks) need a compiled addon and are unmaintained; a Python server also stays
# standalone (it imports nothing from the harness), as servers/ require.
#
#   python3 slow_file_server.py --mountpoint DIR --files 16 --bytes 4096 --delay-ms 100
#                               [--jitter-ms 0] [--seed 1] [--parent-watch]
#   python3 slow_file_server.py --probe        one JSON line: can this interpreter serve here, and why not
#
# Contract (servers/slow-files.ts reads it): once mounted, ONE JSON line on stdout,
# {"ready": true, "mountpoint": DIR, "files": ["file-0000.bin", ...], "pid": PID}. Bad flags or a
# mount point that is not an empty folder of this user's: one line on stderr, exit 2. SIGTERM or
# SIGINT (libfuse's own handlers) unmount and exit 0; with --parent-watch, so does stdin closing
# (the harness is gone, however it died).
import argparse
import errno
import json
import os
import random
import stat
import sys
import threading
import time

FSNAME = "asyncbench-slow-files"
MAX_FILES = 4096
MAX_BYTES = 16 * 1024 * 1024
MAX_DELAY_MS = 60_000


def load_binding():
    """fusepy as Debian names it (fusepy.py), or as pip installs it (fuse.py); None when absent."""
    for name in ("fusepy", "fuse"):
        try:
            module = __import__(name)
        except (ImportError, OSError, EnvironmentError):
            continue
        if hasattr(module, "FUSE") and hasattr(module, "Operations"):
            return module
    return None


def probe():
    """Whether this interpreter can serve here: the binding (with libfuse), /dev/fuse, the right to mount."""
    binding = load_binding()
    reason = None
    if binding is None:
        reason = "no fusepy (with libfuse 2) for this python"
    elif not os.path.exists("/dev/fuse"):
        reason = "no /dev/fuse"
    elif not os.access("/dev/fuse", os.R_OK | os.W_OK):
        reason = "/dev/fuse is not readable and writable by this user"
    elif os.geteuid() != 0 and not any(
        os.access(os.path.join(d, exe), os.X_OK) for d in os.environ.get("PATH", "").split(os.pathsep) for exe in ("fusermount", "fusermount3")
    ):
        reason = "not root and no fusermount on PATH"
    doc = {
        "ok": reason is None,
        "reason": reason,
        "python": sys.version.split()[0],
        "executable": sys.executable,
        "binding": getattr(binding, "__name__", None),
        "root": os.geteuid() == 0,
    }
    print(json.dumps(doc), flush=True)


def check_mountpoint(path):
    """None when `path` is an empty real folder of this user's that nothing is mounted on, else why not."""
    if os.path.islink(path):
        return "is a symbolic link"
    if not os.path.isdir(path):
        return "is not a folder"
    if os.path.ismount(path):
        return "already has something mounted on it"
    if os.stat(path).st_uid != os.geteuid():
        return "belongs to another user"
    if os.listdir(path):
        return "is not empty"
    return None


def integer(lo, hi):
    def parse(text):
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"must be an integer from {lo} to {hi}")
        if not lo <= value <= hi:
            raise argparse.ArgumentTypeError(f"must be an integer from {lo} to {hi}")
        return value

    return parse


class Parser(argparse.ArgumentParser):
    def error(self, message):
        # One line, exit 2 (argparse's own usage block is for people, not for the harness).
        sys.stderr.write(f"slow_file_server: {message}\n")
        sys.exit(2)


def make_operations(binding, names, size, delay_ms, jitter_ms, seed):
    content = bytes((i * 31 + 7) % 251 for i in range(size))
    now = time.time()
    uid, gid = os.geteuid(), os.getegid()
    files = set(names)
    lock = threading.Lock()
    rng = random.Random(seed)
    state = {"next_fh": 1, "waiting": set()}

    def wait_ms():
        if jitter_ms == 0:
            return delay_ms
        with lock:
            u = rng.random()
        return max(0.0, delay_ms + (2 * u - 1) * jitter_ms)

    class SlowFiles(binding.Operations):
        use_ns = True

        def getattr(self, path, fh=None):
            base = {"st_uid": uid, "st_gid": gid, "st_atime": now, "st_mtime": now, "st_ctime": now}
            if path == "/":
                return {**base, "st_mode": stat.S_IFDIR | 0o555, "st_nlink": 2}
            if path[1:] in files:
                return {**base, "st_mode": stat.S_IFREG | 0o444, "st_nlink": 1, "st_size": size}
            raise binding.FuseOSError(errno.ENOENT)

        def readdir(self, path, fh):
            return [".", "..", *names]

        def open(self, path, fi):
            if path[1:] not in files:
                raise binding.FuseOSError(errno.ENOENT)
            if fi.flags & (os.O_WRONLY | os.O_RDWR):
                raise binding.FuseOSError(errno.EROFS)
            with lock:
                fh = state["next_fh"]
                state["next_fh"] += 1
                state["waiting"].add(fh)
            fi.fh = fh
            # The kernel's page cache would answer a second open without asking us.
            fi.direct_io = 1
            fi.keep_cache = 0
            return 0

        def read(self, path, length, offset, fi):
            if offset >= size:
                return b""
            with lock:
                first = fi.fh in state["waiting"]
                state["waiting"].discard(fi.fh)
            if first:
                time.sleep(wait_ms() / 1000)
            return content[offset : offset + length]

        def release(self, path, fi):
            with lock:
                state["waiting"].discard(fi.fh)
            return 0

        def init(self, path):
            print(json.dumps({"ready": True, "mountpoint": MOUNTPOINT, "files": names, "pid": os.getpid()}), flush=True)

    return SlowFiles()


MOUNTPOINT = ""


def watch_parent():
    """SIGTERM to ourselves when stdin closes: libfuse's handler then unmounts, as on Ctrl-C."""

    def read():
        try:
            while os.read(0, 4096):
                pass
        except OSError:
            pass
        os.kill(os.getpid(), 15)

    threading.Thread(target=read, daemon=True).start()


def main(argv):
    global MOUNTPOINT
    parser = Parser(prog="slow_file_server")
    parser.add_argument("--probe", action="store_true")
    parser.add_argument("--mountpoint")
    parser.add_argument("--files", type=integer(1, MAX_FILES), default=16)
    parser.add_argument("--bytes", type=integer(1, MAX_BYTES), default=4096)
    parser.add_argument("--delay-ms", type=integer(0, MAX_DELAY_MS), default=100)
    parser.add_argument("--jitter-ms", type=integer(0, MAX_DELAY_MS), default=0)
    parser.add_argument("--seed", type=integer(0, 2**32 - 1), default=1)
    parser.add_argument("--parent-watch", action="store_true")
    args = parser.parse_args(argv)
    if args.probe:
        probe()
        return 0
    if not args.mountpoint:
        parser.error("--mountpoint is required")
    why = check_mountpoint(args.mountpoint)
    if why is not None:
        parser.error(f"--mountpoint {args.mountpoint} {why}: it must be an empty folder of this user's")
    binding = load_binding()
    if binding is None:
        sys.stderr.write("slow_file_server: no fusepy (with libfuse 2) for this python: npm run setup -- --fuse\n")
        return 3
    MOUNTPOINT = os.path.abspath(args.mountpoint)
    names = [f"file-{i:04d}.bin" for i in range(args.files)]
    ops = make_operations(binding, names, args.bytes, args.delay_ms, args.jitter_ms, args.seed)
    if args.parent_watch:
        watch_parent()
    # Multithreaded (no -s): every read waits in a thread of its own, so waits overlap as a disk's do.
    binding.FUSE(ops, MOUNTPOINT, raw_fi=True, foreground=True, nothreads=False, fsname=FSNAME, subtype=FSNAME, ro=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
