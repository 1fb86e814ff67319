"""Load test of ``affectkit serve`` on loopback: throughput, latency, overload and memory.

Starts the service as a subprocess on 127.0.0.1, drives it with a small asyncio HTTP/1.1
client (keep-alive connections, one text per request), and prints:

- the in-process analyser's own rate on the same texts, measured first in this run;
- throughput and p50/p99 latency at rising concurrency (closed loop);
- p50/p99 at 70% of the peak throughput (open loop: latency counts from when a request
  was due, so a stalled server cannot hide its queueing);
- status codes at 4x the peak (open loop): no 5xx, the excess gets 429;
- the service's resident memory at request 1,000 and at request 10,000.

Example::

    python bench/loadtest.py --data ../shared/data --report reports/loadtest.json
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
HOST = "127.0.0.1"


def load_texts(data: Path | None, limit: int = 5000) -> list[str]:
    """GoEmotions test texts (tweet-length posts); the repository's fixture when no data."""
    folder = data / "goemotions" if data and (data / "goemotions" / "test.tsv").is_file() else None
    path = (folder or REPO / "tests" / "fixtures" / "data" / "goemotions") / "test.tsv"
    return [line.split("\t")[0] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()][:limit]


def analyser_rate(texts: list[str], batch: int) -> float:
    """Texts per second of the in-process analyser in batches of ``batch`` (warm)."""
    from affectkit.understand.analyzer import Analyzer

    analyzer = Analyzer()
    analyzer.analyze_batch(texts[:batch])
    started = time.perf_counter()
    done = 0
    while time.perf_counter() - started < 8:
        for start in range(0, len(texts), batch):
            done += len(analyzer.analyze_batch(texts[start : start + batch]))
    return done / (time.perf_counter() - started)


class Connection:
    """One keep-alive HTTP/1.1 connection that posts JSON bodies and reads the replies."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def post(self, body: bytes) -> int:
        head = (
            f"POST /v1/analyze HTTP/1.1\r\nHost: {HOST}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n\r\n"
        ).encode()
        for _ in range(2):  # a keep-alive connection the server closed while idle is reopened once
            if self.writer is None:
                self.reader, self.writer = await asyncio.open_connection(HOST, self.port)
            assert self.reader is not None
            self.writer.write(head + body)
            line = await self.reader.readline()
            if line:
                break
            self.writer.close()
            self.writer = None
        else:
            raise ConnectionError("the service closed the connection without answering")
        assert self.reader is not None and self.writer is not None
        status = int(line.split()[1])
        length, close = 0, False
        while (line := await self.reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.decode("latin-1").partition(":")
            if name.lower() == "content-length":
                length = int(value)
            elif name.lower() == "connection" and "close" in value.lower():
                close = True
        await self.reader.readexactly(length)
        if close:
            self.writer.close()
            self.writer = None
        return status


@dataclass
class Phase:
    name: str
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    codes: Counter[int] = field(default_factory=Counter)

    @property
    def rate(self) -> float:
        return self.codes[200] / self.seconds if self.seconds else 0.0

    def percentile(self, q: float) -> float:
        ok = sorted(self.latencies)
        return ok[min(len(ok) - 1, int(q * len(ok)))] * 1000 if ok else float("nan")

    def row(self) -> dict[str, object]:
        return {
            "phase": self.name,
            "requests": sum(self.codes.values()),
            "ok_per_s": round(self.rate, 1),
            "p50_ms": round(self.percentile(0.50), 2),
            "p99_ms": round(self.percentile(0.99), 2),
            "codes": dict(self.codes),
        }


async def closed_loop(port: int, bodies: list[bytes], clients: int, seconds: float, name: str) -> Phase:
    """``clients`` connections, each sending its next request when the last is answered."""
    phase = Phase(name)
    stop = time.perf_counter() + seconds
    counter = iter(range(10**9))

    async def client() -> None:
        connection = Connection(port)
        while time.perf_counter() < stop:
            body = bodies[next(counter) % len(bodies)]
            sent = time.perf_counter()
            code = await connection.post(body)
            phase.codes[code] += 1
            if code == 200:
                phase.latencies.append(time.perf_counter() - sent)

    started = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(clients)))
    phase.seconds = time.perf_counter() - started
    return phase


async def open_loop(port: int, bodies: list[bytes], rate: float, seconds: float, name: str) -> Phase:
    """Requests due at a fixed rate, whatever the server does; latency counts from when due."""
    phase = Phase(name)
    idle: list[Connection] = []

    async def one(index: int, due: float) -> None:
        connection = idle.pop() if idle else Connection(port)
        code = await connection.post(bodies[index % len(bodies)])
        phase.codes[code] += 1
        if code == 200:
            phase.latencies.append(time.perf_counter() - due)
        idle.append(connection)

    started = time.perf_counter()
    tasks = []
    total = int(rate * seconds)
    for index in range(total):
        due = started + index / rate
        delay = due - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(one(index, due)))
    await asyncio.gather(*tasks)
    phase.seconds = time.perf_counter() - started
    return phase


async def memory_run(port: int, bodies: list[bytes], pid: int, clients: int = 32) -> dict[str, float]:
    """10,000 requests from ``clients`` connections; resident memory at request 1,000 and 10,000."""
    marks: dict[str, float] = {}
    sent = iter(range(10**9))
    answered = 0

    async def client() -> None:
        nonlocal answered
        connection = Connection(port)
        while (index := next(sent)) < 10_000:
            await connection.post(bodies[index % len(bodies)])
            answered += 1
            if answered == 1_000:
                marks["rss_mb_at_1000"] = rss_mb(pid)

    await asyncio.gather(*(client() for _ in range(clients)))
    marks["rss_mb_at_10000"] = rss_mb(pid)
    marks["growth"] = marks["rss_mb_at_10000"] / marks["rss_mb_at_1000"] - 1
    return marks


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for process {pid}")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def start_service(port: int, threads: int, extra: list[str]) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "affectkit.cli.main", "serve", "--port", str(port), "--threads", str(threads)]
    command += extra
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://{HOST}:{port}/readyz", timeout=2).status_code == 200:
                return process
        except httpx.TransportError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit(
        f"the service did not become ready: {process.stderr.read().decode()[-2000:] if process.stderr else ''}"
    )


async def run(args: argparse.Namespace) -> dict[str, object]:
    texts = load_texts(args.data)
    bodies = [json.dumps({"texts": [text]}).encode() for text in texts]
    base_rate = analyser_rate(texts[:2000], batch=64)
    print(f"analyser in process: {base_rate:.0f} texts/s (batches of 64, {len(texts[:2000])} texts)", flush=True)
    port = free_port()
    extra = ["--batch-wait-ms", str(args.batch_wait_ms)] if args.batch_wait_ms is not None else []
    process = start_service(port, args.threads, extra)
    try:
        await closed_loop(port, bodies, 8, 2, "warm-up")
        sweep = []
        for clients in args.concurrency:
            phase = await closed_loop(port, bodies, clients, args.seconds, f"closed, {clients} clients")
            sweep.append((clients, phase))
            print(
                f"  {clients:>3} clients: {phase.rate:7.1f} req/s  p50 {phase.percentile(0.5):6.1f} ms  "
                f"p99 {phase.percentile(0.99):6.1f} ms  {dict(phase.codes)}",
                flush=True,
            )
        peak = max(phase.rate for _, phase in sweep)
        at_32 = next((phase for clients, phase in sweep if clients == 32), sweep[-1][1])
        steady = await open_loop(port, bodies, 0.7 * peak, args.seconds * 2, "open, 70% of peak")
        overload = await open_loop(port, bodies, 4 * peak, args.seconds, "open, 4x peak")
        memory = await memory_run(port, bodies, process.pid)
    finally:
        process.terminate()
        process.wait(timeout=20)
    five_xx = sum(n for code, n in overload.codes.items() if code >= 500)
    for phase in (steady, overload):
        five_xx += sum(n for code, n in phase.codes.items() if code >= 500)
    targets = [
        (
            "throughput at 32 clients vs analyser",
            f"{at_32.rate / base_rate:.0%}",
            ">= 60%",
            at_32.rate / base_rate >= 0.6,
        ),
        ("p99 latency at 70% of peak", f"{steady.percentile(0.99):.1f} ms", "<= 50 ms", steady.percentile(0.99) <= 50),
        ("memory growth, request 1,000 to 10,000", f"{memory['growth']:+.1%}", "< 5%", memory["growth"] < 0.05),
        (
            "5xx under overload (4x peak)",
            f"{five_xx} (429: {overload.codes[429]})",
            "0; excess gets 429",
            five_xx == 0 and overload.codes[429] > 0,
        ),
    ]
    print(
        f"\nservice on {HOST}, {os.cpu_count()} cores, onnxruntime threads {args.threads or 'cores shared'}; "
        f"peak {peak:.0f} req/s; analyser {base_rate:.0f} texts/s"
    )
    print(f"{'phase':<22}{'requests':>10}{'ok/s':>9}{'p50 ms':>9}{'p99 ms':>9}  codes")
    for phase in [p for _, p in sweep] + [steady, overload]:
        print(
            f"{phase.name:<22}{sum(phase.codes.values()):>10}{phase.rate:>9.1f}{phase.percentile(0.5):>9.1f}"
            f"{phase.percentile(0.99):>9.1f}  {dict(phase.codes)}"
        )
    print(f"memory: {memory['rss_mb_at_1000']:.1f} MB at request 1,000, {memory['rss_mb_at_10000']:.1f} MB at 10,000")
    print(f"\n{'measure':<42}{'value':>22}  {'target':<20}met")
    for name, value, target, met in targets:
        print(f"{name:<42}{value:>22}  {target:<20}{'yes' if met else 'NO'}")
    return {
        "analyser_texts_per_s": base_rate,
        "peak_req_per_s": peak,
        "phases": [p.row() for _, p in sweep] + [steady.row(), overload.row()],
        "memory": memory,
        "targets": [{"measure": n, "value": v, "target": t, "met": m} for n, v, t, m in targets],
        "settings": {"seconds": args.seconds, "concurrency": args.concurrency, "threads": args.threads},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=None, help="../shared/data (else the repository's fixture)")
    parser.add_argument("--seconds", type=float, default=5.0, help="length of each phase")
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 4, 16, 32, 64])
    parser.add_argument("--threads", type=int, default=0, help="onnxruntime threads per batch worker (0: cores shared)")
    parser.add_argument("--batch-wait-ms", type=float, default=None, help="the service's batch wait (default its own)")
    parser.add_argument("--report", type=Path, default=None)
    args = parser.parse_args()
    report = asyncio.run(run(args))
    if args.report:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
