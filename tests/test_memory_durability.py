"""Several processes write one SQLite memory at once; one is killed with SIGKILL mid-write.
Every add that returned must be there, nothing twice, and the file must open cleanly."""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from affectkit.memory import Memory

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
from memory_writer import text_of  # noqa: E402

WRITERS = 4
ADDS = 40
KILL_AFTER = 12


def _read_acks(process: subprocess.Popen[str], acks: list[tuple[int, int]]) -> None:
    assert process.stdout is not None
    for line in process.stdout:
        parts = line.split()
        if parts and parts[0] == "ack":
            acks.append((int(parts[1]), int(parts[2])))


@pytest.mark.slow
def test_acknowledged_adds_survive_a_killed_writer(tmp_path: Path) -> None:
    store = tmp_path / "shared.db"
    processes = [
        subprocess.Popen(
            [sys.executable, str(REPO / "bench" / "memory_writer.py"), "--store", str(store), "--writer", str(w),
             "--adds", str(ADDS)],
            stdout=subprocess.PIPE, text=True,
        )
        for w in range(WRITERS)
    ]
    acks: list[list[tuple[int, int]]] = [[] for _ in range(WRITERS)]
    readers = [threading.Thread(target=_read_acks, args=(p, acks[w])) for w, p in enumerate(processes)]
    for reader in readers:
        reader.start()
    deadline = time.monotonic() + 300
    while len(acks[0]) < KILL_AFTER and processes[0].poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    processes[0].send_signal(signal.SIGKILL)
    for process in processes:
        process.wait(timeout=300)
    for reader in readers:
        reader.join(timeout=30)
    assert processes[0].returncode == -signal.SIGKILL
    assert [p.returncode for p in processes[1:]] == [0] * (WRITERS - 1)
    assert KILL_AFTER <= len(acks[0]) < ADDS  # killed mid-way, after some acknowledged adds

    memory = Memory(store)
    assert memory.store.check() == "ok"
    for writer in range(WRITERS):
        units = {u.id: u for u in memory.get([new_id for new_id, _ in acks[writer]])}
        for new_id, item in acks[writer]:
            assert units[new_id].text == text_of(writer, item)
            assert units[new_id].metadata == {"item": item}
        rows = list(memory.iterate(f"writer-{writer}"))
        items = [u.metadata["item"] for u in rows]
        assert len(items) == len(set(items))  # nothing written twice
        if writer == 0:
            # at most the one add in flight at the kill is there without its acknowledgement
            assert len(acks[0]) <= len(items) <= len(acks[0]) + 1
            assert items == list(range(len(items)))
        else:
            assert sorted(items) == list(range(ADDS))
    assert memory.count() == sum(len(list(memory.iterate(f"writer-{w}"))) for w in range(WRITERS))
