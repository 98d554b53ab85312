# The python suite's measuring side: one part per process (the article's example, the io batch or
# the CPU advice), timed inside Python with time.perf_counter(), reported as ONE JSON document on
# stdout that src/measure/python-child.ts validates. Interpreter start-up, imports, calibration and
# pool start-up stay outside the timed batches; a pool's start-up is reported beside its samples.
#
# A strategy that raises ends as {"state": "errored", "error": ...} and the others go on; anything
# else (a missing module, a bad flag) is an uncaught exception: a traceback on stderr and exit 1,
# whose last line the harness quotes. With --parent-watch the process exits when stdin closes, so a
# harness that dies takes it along.
#
#   python3 asyncbench_child.py --part probe
#   python3 asyncbench_child.py --part article --url http://127.0.0.1:PORT --delays 100,200,300 ...
#   python3 asyncbench_child.py --part io --url ... --tasks 20 --delay-ms 20 --concurrency 8 --workers 2
#   python3 asyncbench_child.py --part cpu --tasks 8 --cpu-ms 10 --workers 2 --cores 2
#   python3 asyncbench_child.py --part files --dir MOUNT --tasks 16 --threads 4,16
import argparse
import asyncio
import concurrent.futures
import contextlib
import io
import json
import os
import platform
import statistics
import sys
import sysconfig
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import cpu_work  # noqa: E402  (after the path is set)

DOC_KIND = "asyncbench-python"
DOC_VERSION = 1


def python_info():
    """The interpreter, as results.json records it."""
    gil_check = getattr(sys, "_is_gil_enabled", None)
    try:
        import httpx  # noqa: F401

        httpx_version = httpx.__version__
    except ImportError:
        httpx_version = None
    return {
        "executable": sys.executable,
        "version": platform.python_version(),
        "implementation": sys.implementation.name,
        # sys._is_gil_enabled() exists from 3.13 on; before it the GIL is always on.
        "gil": bool(gil_check()) if gil_check is not None else True,
        "freeThreadedBuild": bool(sysconfig.get_config_var("Py_GIL_DISABLED")),
        "cpuCount": os.cpu_count() or 1,
        "httpx": httpx_version,
    }


def watch_parent():
    """Exits when stdin closes: the harness that started this process is gone."""

    # os.read on the descriptor, not sys.stdin: a daemon thread blocked inside the buffered reader
    # holds its lock, and the interpreter aborts when it finalizes around it.
    def read():
        try:
            while os.read(0, 4096):
                pass
        except OSError:
            pass
        os._exit(3)

    threading.Thread(target=read, daemon=True).start()


def error_of(exc):
    return {"name": type(exc).__name__, "message": str(exc).splitlines()[-1] if str(exc) else type(exc).__name__}


class Budget:
    """Sampling goes on until time_ms is spent and min_samples are taken, at most max_samples."""

    def __init__(self, time_ms, min_samples, max_samples):
        self.time_ms = time_ms
        self.min_samples = min_samples
        self.max_samples = max_samples

    def more(self, samples, spent_ms):
        n = len(samples)
        return n < self.max_samples and (n < self.min_samples or spent_ms < self.time_ms)


def completed(strategy, samples, task_errors=0, first_error=None, **extra):
    out = {"strategy": strategy, "state": "completed", "samples": list(samples), "taskErrors": task_errors}
    if getattr(samples, "busy", None):
        out["busyCores"] = samples.busy
    if first_error is not None:
        out["firstTaskError"] = first_error
    out.update(extra)
    return out


def errored(strategy, exc):
    return {"strategy": strategy, "state": "errored", "error": error_of(exc)}


# ---------------------------------------------------------------------------------------------
# I/O: the article's example, and the io batch


class Failures:
    """Task errors of a batch: an exception or a status of 400 and up; the batch still counts."""

    def __init__(self):
        self.count = 0
        self.first = None

    def add(self, outcome):
        if isinstance(outcome, BaseException):
            self.count += 1
            self.first = self.first or error_of(outcome)
        elif outcome is not None and getattr(outcome, "status_code", 200) >= 400:
            self.count += 1
            self.first = self.first or {"name": "HTTPStatusError", "message": f"status {outcome.status_code}"}


class Samples(list):
    """Batch times (ms), and per batch this process's CPU time over wall time (busy cores)."""

    def __init__(self):
        super().__init__()
        self.busy = []

    def add(self, wall_s, cpu_s):
        self.append(wall_s * 1000)
        self.busy.append(cpu_s / wall_s if wall_s > 0 else 0.0)


async def sample_async(budget, batch):
    """Times `await batch()` under the budget; returns (Samples, Failures)."""
    samples, failures = Samples(), Failures()
    started = time.perf_counter()
    while budget.more(samples, (time.perf_counter() - started) * 1000):
        t0, c0 = time.perf_counter(), time.process_time()
        outcomes = await batch()
        samples.add(time.perf_counter() - t0, time.process_time() - c0)
        for o in outcomes:
            failures.add(o)
    return samples, failures


def sample_sync(budget, batch):
    """As sample_async, for a blocking batch."""
    samples, failures = Samples(), Failures()
    started = time.perf_counter()
    while budget.more(samples, (time.perf_counter() - started) * 1000):
        t0, c0 = time.perf_counter(), time.process_time()
        outcomes = batch()
        samples.add(time.perf_counter() - t0, time.process_time() - c0)
        for o in outcomes:
            failures.add(o)
    return samples, failures


def part_article(args, budget):
    """The article's main() as it stands, and the same three calls awaited one by one."""
    base = args.url.rstrip("/")
    delays = [int(x) for x in args.delays.split(",")]
    os.environ["ASYNCBENCH_URLS"] = ",".join(f"{base}/delay?ms={d}" for d in delays)
    import article_example

    article_example.urls = os.environ["ASYNCBENCH_URLS"].split(",")

    async def gather_batch():
        # The article's main() prints a line; it goes nowhere, stdout carries the document.
        with contextlib.redirect_stdout(io.StringIO()):
            return [None for _ in await article_example.main()]

    async def one_by_one():
        # The same calls with the article's fetch_url, each awaited before the next starts.
        async with article_example.httpx.AsyncClient() as client:
            return [None for _ in [await article_example.fetch_url(client, url) for url in article_example.urls]]

    async def run():
        results = []
        await gather_batch()  # warm-up: imports inside httpx, the first connection's set-up
        for name, batch in (("concurrent", gather_batch), ("sequential", one_by_one)):
            try:
                samples, failures = await sample_async(budget, batch)
                results.append(completed(name, samples, failures.count, failures.first))
            except Exception as exc:  # noqa: BLE001  a strategy's failure is data
                results.append(errored(name, exc))
        return results

    return {"delaysMs": delays}, asyncio.run(run())


def part_io(args, budget):
    """N calls of d ms: sequential, asyncio.gather, asyncio.Semaphore(k), ThreadPoolExecutor(W)."""
    import httpx

    base = args.url.rstrip("/")
    n, d, k, w = args.tasks, args.delay_ms, args.concurrency, args.workers
    url = f"{base}/delay?ms={d}"
    warm_url = f"{base}/delay?ms=0"
    limits = httpx.Limits(max_connections=max(n, 1), max_keepalive_connections=max(n, 1))
    results = []

    async def run_async():
        async with httpx.AsyncClient(limits=limits, timeout=60) as client:

            async def sequential(u=url):
                out = []
                for _ in range(n):
                    try:
                        out.append(await client.get(u))
                    except Exception as exc:  # noqa: BLE001
                        out.append(exc)
                return out

            async def concurrent(u=url):
                return await asyncio.gather(*(client.get(u) for _ in range(n)), return_exceptions=True)

            async def bounded(u=url):
                gate = asyncio.Semaphore(k)

                async def one():
                    async with gate:
                        return await client.get(u)

                return await asyncio.gather(*(one() for _ in range(n)), return_exceptions=True)

            for name, batch in (("sequential", sequential), ("concurrent", concurrent), ("bounded", bounded)):
                try:
                    await batch(warm_url)
                    samples, failures = await sample_async(budget, batch)
                    results.append(completed(name, samples, failures.count, failures.first))
                except Exception as exc:  # noqa: BLE001
                    results.append(errored(name, exc))

    asyncio.run(run_async())

    # Threads with a blocking client: one httpx.Client per thread, each waiting on its own call.
    local = threading.local()

    def get(u):
        client = getattr(local, "client", None)
        if client is None:
            client = local.client = httpx.Client(timeout=60)
        try:
            return client.get(u)
        except Exception as exc:  # noqa: BLE001
            return exc

    try:
        startup_ms, executor = start_thread_pool(w)
        with executor:
            executor_batch = lambda u=url: list(executor.map(get, [u] * n))  # noqa: E731
            executor_batch(warm_url)
            samples, failures = sample_sync(budget, executor_batch)
            results.append(completed("thread-pool", samples, failures.count, failures.first, poolStartupMs=startup_ms))
    except Exception as exc:  # noqa: BLE001
        results.append(errored("thread-pool", exc))
    return {}, results


# ---------------------------------------------------------------------------------------------
# CPU: the article's advice, "use multiprocessing or threading"


def start_thread_pool(w):
    """A ThreadPoolExecutor(w) with all w threads started (a barrier makes each submit its own thread)."""
    t0 = time.perf_counter()
    executor = concurrent.futures.ThreadPoolExecutor(max_workers=w)
    barrier = threading.Barrier(w)
    list(executor.map(lambda _: barrier.wait(), range(w)))
    return (time.perf_counter() - t0) * 1000, executor


STARTUP_SLEEP_S = 0.02


def start_process_pool(w):
    """A ProcessPoolExecutor(w) until each of its w processes answered (their 20 ms sleep subtracted)."""
    t0 = time.perf_counter()
    executor = concurrent.futures.ProcessPoolExecutor(max_workers=w)
    list(executor.map(time.sleep, [STARTUP_SLEEP_S] * w))  # a process per waiting task
    return max(0.0, (time.perf_counter() - t0) * 1000 - STARTUP_SLEEP_S * 1000), executor


def calibrate():
    """Iterations of cpu_work.burn per ms on this thread: the fastest of 5 timings (interference only slows one)."""
    probe = 200_000
    best = float("inf")
    for _ in range(5):
        t0 = time.perf_counter()
        cpu_work.burn(probe)
        best = min(best, time.perf_counter() - t0)
    return probe / (best * 1000)


# Sequential and gather are one thread each: both run on the same CPU (the first this process may
# use), so their ratio compares the ways and not the cores. Interleaving alone left one run in 5
# at 0.66x: the main thread sat on the slower vCPU for its gather batches. Pools and threads run
# unpinned (their threads and processes were started before, with the whole mask). Linux only.
ONE_THREAD = {"sequential", "concurrent"}
ALLOWED_CPUS = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
PIN_CPU = min(ALLOWED_CPUS) if ALLOWED_CPUS else None


def part_cpu(args, budget):
    n, c, w = args.tasks, args.cpu_ms, args.workers
    ipm = calibrate()
    iterations = max(1, round(c * ipm))
    singles = []
    for _ in range(3):
        t0 = time.perf_counter()
        cpu_work.burn(iterations)
        singles.append((time.perf_counter() - t0) * 1000)
    results = []
    work = [iterations] * n

    # A CPU batch has no task errors to count (an exception ends the strategy): each returns [].
    def sequential():
        for i in work:
            cpu_work.burn(i)
        return []

    async def one(i):
        return cpu_work.burn(i)

    async def gather_coroutines():
        await asyncio.gather(*(one(i) for i in work))
        return []

    async def gather_to_thread():
        await asyncio.gather(*(asyncio.to_thread(cpu_work.burn, i) for i in work))
        return []

    # The ways run in rounds, one batch of each per round, not one way's batches and then the next's:
    # the two vCPUs here differ in speed by up to 1.5x and the main thread moves between them, so a
    # way measured whole on the slower one read 1.36x against gather measured on the faster.
    # Interleaved, every way meets both alike. Each round is timed inside one event loop.
    pools = []
    ways = []  # (name, async batch, cpu_of or None, extra)

    def add_sync(name, batch, cpu_of=None, **extra):
        async def run():
            return batch()

        ways.append((name, run, cpu_of, extra))

    add_sync("sequential", sequential)
    ways.append(("concurrent", gather_coroutines, None, {}))
    ways.append(("to-thread", gather_to_thread, None, {}))
    # The process pool's busy cores are its workers' CPU seconds over the batch's wall time (each task
    # reports its own thread_time); the threads' are this process's process_time().
    for name, start, task, cpu_of in (
        ("thread-pool", start_thread_pool, cpu_work.burn, None),
        ("process-pool", start_process_pool, cpu_work.burn_timed, sum),
    ):
        try:
            startup_ms, executor = start(w)
            pools.append(executor)
            add_sync(name, lambda executor=executor, task=task: list(executor.map(task, work)), cpu_of, poolStartupMs=startup_ms)
        except Exception as exc:  # noqa: BLE001
            results.append(errored(name, exc))

    async def run_rounds():
        live = {}
        for name, batch, cpu_of, extra in ways:
            try:
                await batch()  # warm-up; for to-thread it also creates the default executor
                live[name] = (batch, cpu_of, extra, Samples())
            except Exception as exc:  # noqa: BLE001
                results.append(errored(name, exc))
        executor = getattr(asyncio.get_running_loop(), "_default_executor", None)
        default_threads = getattr(executor, "_max_workers", None)
        if default_threads is not None and "to-thread" in live:
            live["to-thread"][2]["threads"] = default_threads
        started = time.perf_counter()
        rounds = Samples()  # counts rounds for the budget (one batch of every way each)
        while live and budget.more(rounds, (time.perf_counter() - started) * 1000 / len(live)):
            # The order turns one place per round, so no way always follows the same one (sequential
            # first after the process pool's batch read 1.16x slower than gather in standard).
            names = list(live)
            turn = len(rounds) % len(names)
            for name in names[turn:] + names[:turn]:
                if name not in live:
                    continue
                batch, cpu_of, _, samples = live[name]
                try:
                    pin = name in ONE_THREAD and PIN_CPU is not None
                    if pin:
                        os.sched_setaffinity(0, {PIN_CPU})
                    t0, c0 = time.perf_counter(), time.process_time()
                    outcomes = await batch()
                    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
                    if pin:
                        os.sched_setaffinity(0, ALLOWED_CPUS)
                    samples.add(wall, cpu_of(outcomes) if cpu_of else cpu)
                except Exception as exc:  # noqa: BLE001
                    del live[name]
                    results.append(errored(name, exc))
            rounds.add(1, 0)
        for name, (_, _, extra, samples) in live.items():
            results.append(completed(name, samples, 0, None, **extra))

    try:
        asyncio.run(run_rounds())
    finally:
        for executor in pools:
            executor.shutdown()
    order = [name for name, *_ in ways]
    results.sort(key=lambda r: order.index(r["strategy"]) if r["strategy"] in order else len(order))
    calibration = {"itersPerMs": ipm, "iterations": iterations, "taskMs": statistics.median(singles), "pinnedCpu": PIN_CPU}
    return {"calibration": calibration}, results


# ---------------------------------------------------------------------------------------------
# Files: asyncio has no asynchronous file I/O; to_thread hands each read to a thread


def read_file(path):
    """One whole file, as user code reads it: open(), read() until EOF, close."""
    with open(path, "rb") as f:
        f.read()


def part_files(args, budget):
    """N slow files (DIR/file-0000.bin..): one by one, asyncio.to_thread, ThreadPoolExecutor(k) per k."""
    n = args.tasks
    paths = [os.path.join(args.dir, f"file-{i:04d}.bin") for i in range(n)]
    missing = [p for p in paths if not os.path.isfile(p)]
    if not args.dir or missing:
        raise FileNotFoundError(f"--dir {args.dir!r} lacks {len(missing) or n} of the {n} files file-0000.bin..")
    ks = [int(x) for x in args.threads.split(",") if x.strip()]
    results = []

    def attempt(one):
        try:
            one()
        except Exception as exc:  # noqa: BLE001  a failed read is a task error, the batch still counts
            return exc
        return None

    def sequential():
        return [attempt(lambda p=p: read_file(p)) for p in paths]

    async def run():
        loop = asyncio.get_running_loop()

        async def one_by_one():
            return sequential()

        async def to_thread():
            return await asyncio.gather(*(asyncio.to_thread(read_file, p) for p in paths), return_exceptions=True)

        # Warm-up, untimed: every file opened once through as many threads as files (the kernel's
        # lookups cached, the server's threads started), about one d.
        with concurrent.futures.ThreadPoolExecutor(max_workers=n) as warm:
            await asyncio.gather(*(loop.run_in_executor(warm, read_file, p) for p in paths), return_exceptions=True)

        # The default executor is made on first use; all its threads are started (a barrier holds
        # each task until every thread has one) so no timed batch pays for a thread's start.
        await asyncio.to_thread(lambda: None)
        executor = getattr(loop, "_default_executor", None)
        default_threads = getattr(executor, "_max_workers", None) or min(32, (os.cpu_count() or 1) + 4)
        barrier = threading.Barrier(default_threads, timeout=10)
        await asyncio.gather(*(asyncio.to_thread(barrier.wait) for _ in range(default_threads)))

        ways = [("sequential", one_by_one, {}), ("to-thread", to_thread, {"threads": default_threads})]
        for name, batch, extra in ways:
            try:
                samples, failures = await sample_async(budget, batch)
                results.append(completed(name, samples, failures.count, failures.first, **extra))
            except Exception as exc:  # noqa: BLE001
                results.append(errored(name, exc))

        for k in ks:
            try:
                startup_ms, pool = start_thread_pool(k)
                with pool:

                    async def in_pool(pool=pool):
                        return await asyncio.gather(*(loop.run_in_executor(pool, read_file, p) for p in paths), return_exceptions=True)

                    samples, failures = await sample_async(budget, in_pool)
                    results.append(completed("thread-pool", samples, failures.count, failures.first, threads=k, poolStartupMs=startup_ms))
            except Exception as exc:  # noqa: BLE001
                results.append({**errored("thread-pool", exc), "threads": k})

    asyncio.run(run())
    return {}, results


PARTS = {"article": part_article, "io": part_io, "cpu": part_cpu, "files": part_files}


def main():
    parser = argparse.ArgumentParser(description="asyncbench's python suite: one part, one JSON document on stdout")
    parser.add_argument("--part", required=True, choices=["probe", *PARTS])
    parser.add_argument("--url", default="")
    parser.add_argument("--delays", default="100,200,300")
    parser.add_argument("--tasks", type=int, default=20)
    parser.add_argument("--delay-ms", type=int, default=20)
    parser.add_argument("--cpu-ms", type=float, default=10)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--dir", default="")
    parser.add_argument("--threads", default="4,16")
    parser.add_argument("--time-ms", type=float, default=300)
    parser.add_argument("--min-samples", type=int, default=5)
    parser.add_argument("--max-samples", type=int, default=50)
    parser.add_argument("--parent-watch", action="store_true")
    args = parser.parse_args()
    if args.parent_watch:
        watch_parent()
    doc = {"kind": DOC_KIND, "version": DOC_VERSION, "part": args.part, "python": python_info()}
    if args.part != "probe":
        budget = Budget(args.time_ms, args.min_samples, args.max_samples)
        extra, results = PARTS[args.part](args, budget)
        doc.update(extra)
        doc["strategies"] = results
    sys.stdout.write(json.dumps(doc) + "\n")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
