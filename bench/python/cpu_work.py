# Pure-Python CPU work for the python suite: a loop the interpreter runs bytecode by bytecode, so
# it holds the GIL the whole time (no C call inside releases it). In a module of its own so that
# ProcessPoolExecutor can pickle it under every start method (fork, forkserver, spawn).
import time


def burn(iterations):
    x = 0
    for i in range(iterations):
        x = (x * 31 + i) & 0xFFFFFFFF
    return x


def burn_timed(iterations):
    """burn(), returning the CPU seconds it took on its own thread: a process pool's workers report
    what they computed, which the pool's parent cannot read from its own process_time()."""
    t0 = time.thread_time()
    burn(iterations)
    return time.thread_time() - t0
