# Pure-Python CPU work for the python suite: a loop the interpreter runs bytecode by bytecode, so
# it holds the GIL the whole time (no C call inside releases it). In a module of its own so that
# ProcessPoolExecutor can pickle it under every start method (fork, forkserver, spawn).


def burn(iterations):
    x = 0
    for i in range(iterations):
        x = (x * 31 + i) & 0xFFFFFFFF
    return x


def noop():
    return None
