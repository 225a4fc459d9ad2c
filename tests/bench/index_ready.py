#!/usr/bin/env python3
"""How long the published language server takes to index a workspace, as the editor starts it.

Starts `clawdev lsp --stdio` for each build in turn (interleaved, so machine load falls on all alike), sends
`initialize` with the workspace folder and work-done progress, answers the server's requests, and stops the clock
at the `$/progress` end of indexing; then shuts the server down. Prints, per build, the median wall time and the
median CPU time of the process (all threads, until exit).

    python3 tests/bench/index_ready.py --runs N --folder DIR NAME=PATH-TO-clawdev ...

e.g. the build before a change against this one: `old=/tmp/old/clawdev new=/tmp/new/clawdev` (each a
`dotnet publish server/ClawDev.Server -c Release -o DIR`).
"""
import argparse
import json
import resource
import statistics
import subprocess
import time


def send(process, message):
    body = json.dumps(message).encode()
    process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    process.stdin.flush()


def receive(process):
    header = b""
    while not header.endswith(b"\r\n\r\n"):
        byte = process.stdout.read(1)
        if not byte:
            raise SystemExit("index_ready: the server ended before indexing did")
        header += byte
    length = next(int(line.split(b":")[1]) for line in header.split(b"\r\n") if line.lower().startswith(b"content-length"))
    return json.loads(process.stdout.read(length))


def index_once(clawdev, folder):
    uri = "file://" + folder
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    server = subprocess.Popen([clawdev, "lsp", "--stdio"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    send(server, {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
        "processId": None, "rootUri": uri, "workspaceFolders": [{"uri": uri, "name": "workspace"}],
        "capabilities": {"window": {"workDoneProgress": True}, "workspace": {"configuration": True, "workspaceFolders": True}}}})
    while True:
        message = receive(server)
        method = message.get("method")
        if message.get("id") == 1 and method is None:
            send(server, {"jsonrpc": "2.0", "method": "initialized", "params": {}})
        elif method == "workspace/configuration":
            send(server, {"jsonrpc": "2.0", "id": message["id"], "result": [{} for _ in message["params"]["items"]]})
        elif method is not None and "id" in message:
            send(server, {"jsonrpc": "2.0", "id": message["id"], "result": None})
        elif method == "$/progress" and message["params"]["value"].get("kind") == "end":
            break
    wall = time.perf_counter() - started
    send(server, {"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
    while receive(server).get("id") != 2:
        pass
    send(server, {"jsonrpc": "2.0", "method": "exit"})
    server.wait(30)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--folder", required=True)
    parser.add_argument("builds", nargs="+", metavar="NAME=PATH")
    options = parser.parse_args()
    builds = dict(build.split("=", 1) for build in options.builds)
    times = {name: [] for name in builds}
    for _ in range(options.runs):
        for name, clawdev in builds.items():
            times[name].append(index_once(clawdev, options.folder))
    print(f"| build | initialize → index ready, median of {options.runs} | CPU time, median |")
    print("| --- | ---: | ---: |")
    for name, runs in times.items():
        print(f"| {name} | {statistics.median(run[0] for run in runs) * 1000:.0f} ms | {statistics.median(run[1] for run in runs) * 1000:.0f} ms |")


if __name__ == "__main__":
    main()
